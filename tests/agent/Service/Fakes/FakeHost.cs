using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Facts;

namespace RdpHelpBot.Agent.Tests.Service.Fakes;

/// <summary>A Windows host in memory: set what a test needs, everything else looks like a healthy default host.</summary>
internal sealed class FakeHost : IServiceStates, ICertificateStores, IAccessRules, IRegistryValues, ISessions, IEventCounter
{
    public const string MachineKeys = @"C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys";

    public static readonly IReadOnlyList<AccessRule> DefaultMachineKeysRules =
    [
        new("S-1-1-0", Allow: true, Rights: 0x12019F),
        new("S-1-5-32-544", Allow: true, Rights: 0x1F01FF),
    ];

    public Dictionary<string, ServiceRunState> ServiceStates { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, List<StoredCertificate>> Stores { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, IReadOnlyList<AccessRule>> Acls { get; } = new(StringComparer.OrdinalIgnoreCase) { [MachineKeys] = DefaultMachineKeysRules };

    public Dictionary<(string Key, string Value), object> RegistryData { get; } = [];

    public HashSet<string> UnreadableRegistryKeys { get; } = [];

    public List<HostSession> HostSessions { get; } = [];

    public List<(EventQuery Query, DateTimeOffset Time)> LoggedEvents { get; } = [];

    public HashSet<string> UnreadableLogs { get; } = [];

    public HostFacts Facts => new(this, this, this, this, this, this, "RDP01", MachineKeys);

    public ServiceReport Read(string serviceName) =>
        new(serviceName, ServiceStates.GetValueOrDefault(serviceName, ServiceRunState.Running), "Automatic");

    public IReadOnlyList<StoredCertificate> List(string storeName) => Stores.GetValueOrDefault(storeName) ?? [];

    IReadOnlyList<AccessRule> IAccessRules.Read(string path) =>
        Acls.TryGetValue(path, out var rules) ? rules : throw new FileNotFoundException($"Could not find file '{path}'.");

    public object? Read(string subKey, string valueName) => UnreadableRegistryKeys.Contains(subKey)
        ? throw new System.Security.SecurityException("Requested registry access is not allowed.")
        : RegistryData.GetValueOrDefault((subKey, valueName));

    IReadOnlyList<HostSession> ISessions.List() => HostSessions;

    public int Count(EventQuery query, DateTimeOffset since, int limit) => UnreadableLogs.Contains(query.Log)
        ? throw new UnauthorizedAccessException($"Attempted to perform an unauthorized operation on the {query.Log} log.")
        : Math.Min(limit, LoggedEvents.Count(e => e.Query == query && e.Time >= since));

    public StoredCertificate AddCertificate(string store, string thumbprint, string? keyFile, IReadOnlyList<AccessRule>? keyRules = null)
    {
        var certificate = new StoredCertificate(store, thumbprint, "CN=rdp01.contoso.com",
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero),
            HasPrivateKey: true, keyFile);
        (Stores.TryGetValue(store, out var list) ? list : Stores[store] = []).Add(certificate);
        if (keyFile is not null && keyRules is not null)
            Acls[keyFile] = keyRules;
        return certificate;
    }
}
