using RdpHelpBot.Agent.Contract.Reports;

namespace RdpHelpBot.Agent.Reporting;

/// <summary>What a list of access rules means for the two accounts Remote Desktop depends on.</summary>
internal static class AccessEvaluator
{
    public const string NetworkService = "S-1-5-20";
    public const string Administrators = "S-1-5-32-544";

    /// <summary>NETWORK SERVICE and the groups every service account's token carries: Everyone, Authenticated Users, Users, SERVICE.</summary>
    private static readonly HashSet<string> NetworkServiceIdentities =
        [NetworkService, "S-1-1-0", "S-1-5-11", "S-1-5-32-545", "S-1-5-6"];

    private const int ReadData = 0x1;
    private const int FullControl = 0x1F01FF;
    private const int GenericAll = 0x10000000;
    private const int GenericRead = unchecked((int)0x80000000);

    public static AccessReport Evaluate(string path, IReadOnlyList<AccessRule> rules) =>
        new(path, rules, NetworkServiceCanRead(rules), AdministratorsHaveFullControl(rules));

    public static bool NetworkServiceCanRead(IReadOnlyList<AccessRule> rules)
    {
        var applying = rules.Where(r => NetworkServiceIdentities.Contains(r.Sid) && GrantsRead(r.Rights)).ToList();
        return applying.Any(r => r.Allow) && !applying.Any(r => !r.Allow);
    }

    public static bool AdministratorsHaveFullControl(IReadOnlyList<AccessRule> rules)
    {
        var administrators = rules.Where(r => r.Sid == Administrators).ToList();
        return administrators.Any(r => r.Allow && GrantsFullControl(r.Rights)) && !administrators.Any(r => !r.Allow);
    }

    private static bool GrantsRead(int rights) => (rights & (ReadData | GenericRead | GenericAll)) != 0;

    private static bool GrantsFullControl(int rights) => (rights & FullControl) == FullControl || (rights & GenericAll) != 0;
}
