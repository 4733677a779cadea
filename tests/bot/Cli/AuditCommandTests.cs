using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Bot.Cli;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Bot.Storage.Sqlite;
using RdpHelpBot.Dialogs.Helpdesk;

namespace RdpHelpBot.Bot.Tests.Cli;

public sealed class AuditCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static readonly CheckAuditEntry Allowed = new(
        "a1", Now.AddHours(-2), "aad-operator", "rdp01.contoso.com", "rdp01.contoso.com", 3389, ["10.20.0.5"], true,
        HostCheckRefusal.None, "I may check rdp01.contoso.com at 10.20.0.5.")
    {
        Findings = ["check-rdp-ok", "agent-cert-key-not-readable"],
        Problems = ["The agent at http://10.20.0.5:8690/ did not answer within 20 seconds."],
    };

    private static readonly CheckAuditEntry Refused = new(
        "r1", Now.AddHours(-1), "T0123ABCD:U0456EFGH", "192.0.2.10", "192.0.2.10", 3389, [], false,
        HostCheckRefusal.HostNotOnList, "192.0.2.10 is not on the list of hosts I may check.");

    private static readonly CheckAuditEntry LastMonth = Allowed with { Id = "old", When = Now.AddDays(-30), Typed = "rdp02.contoso.com", Host = "rdp02.contoso.com" };

    private readonly TemporaryFolder _data = new();

    [Fact]
    public async Task Audit_AllowedCheck_ListsWhenWhoWhatWhereAndTheFindings()
    {
        await RecordAsync(Allowed);

        Assert.Equal(
        [
            "Host checks since 2026-11-16 12:00:00Z: 1",
            "",
            "2026-11-23 10:00:00Z  aad-operator  \"rdp01.contoso.com\" -> rdp01.contoso.com:3389 (10.20.0.5)",
            "  allowed; found check-rdp-ok, agent-cert-key-not-readable",
            "  could not look: The agent at http://10.20.0.5:8690/ did not answer within 20 seconds.",
        ], Lines(Audit().Output));
    }

    [Fact]
    public async Task Audit_RefusedCheck_SaysWhy()
    {
        await RecordAsync(Refused);

        Assert.Contains("  refused (host-not-on-list): 192.0.2.10 is not on the list of hosts I may check.", Lines(Audit().Output));
    }

    [Fact]
    public async Task Audit_SeveralChecks_ListsTheNewestFirst()
    {
        await RecordAsync(Allowed, Refused);

        Assert.Equal(["r1", "a1"], Ids(Audit("--json").Output));
    }

    [Fact]
    public async Task Audit_ByDefault_LeavesOutChecksOlderThanAWeek()
    {
        await RecordAsync(LastMonth, Allowed);

        Assert.Equal(["a1"], Ids(Audit("--json").Output));
    }

    [Fact]
    public async Task Audit_SinceADate_ListsTheChecksFromThen()
    {
        await RecordAsync(LastMonth, Allowed);

        Assert.Equal(["a1", "old"], Ids(Audit("--json", "--since", "2026-10-01").Output));
    }

    [Fact]
    public async Task Audit_SinceATimeAgo_CountsBackFromNow()
    {
        await RecordAsync(Allowed, Refused);

        Assert.Equal(["r1"], Ids(Audit("--json", "--since", "90m").Output));
    }

    [Fact]
    public async Task Audit_User_ListsOnlyThatUsersChecks()
    {
        await RecordAsync(Allowed, Refused);

        Assert.Equal(["a1"], Ids(Audit("--json", "--user", "aad-operator").Output));
    }

    [Theory]
    [InlineData("RDP01.contoso.com")]
    [InlineData("10.20.0.5")]
    public async Task Audit_Host_MatchesTheNameOrAnAddress(string host)
    {
        await RecordAsync(Allowed, Refused);

        Assert.Equal(["a1"], Ids(Audit("--json", "--host", host).Output));
    }

    [Fact]
    public async Task Audit_Json_CarriesWhoWhatAndWhy()
    {
        await RecordAsync(Refused);

        using var json = JsonDocument.Parse(Audit("--json").Output);

        var check = json.RootElement.GetProperty("checks")[0];
        Assert.Equal(("T0123ABCD:U0456EFGH", "192.0.2.10", false, "host-not-on-list"),
            (check.GetProperty("user").GetString(), check.GetProperty("typed").GetString(), check.GetProperty("allowed").GetBoolean(),
                check.GetProperty("refusal").GetString()));
    }

    [Fact]
    public async Task Audit_Json_CarriesTheFindingsFactIds()
    {
        await RecordAsync(Allowed);

        using var json = JsonDocument.Parse(Audit("--json").Output);

        var findings = json.RootElement.GetProperty("checks")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetString());
        Assert.Equal(["check-rdp-ok", "agent-cert-key-not-readable"], findings);
    }

    [Fact]
    public void Audit_NoChecks_SaysSo()
    {
        var run = Audit("--user", "alice");

        Assert.Equal((0, "No host checks since 2026-11-16 12:00:00Z by alice."), (run.ExitCode, run.Output.Trim()));
    }

    [Fact]
    public void Audit_UnreadableSince_ExitsWithOneNamingTheOption()
    {
        var run = Audit("--since", "last tuesday");

        Assert.Equal((1, true), (run.ExitCode, run.Error.StartsWith("--since 'last tuesday'", StringComparison.Ordinal)));
    }

    [Fact]
    public void Audit_InMemoryStorage_SaysItCannotReadTheBotsAudit()
    {
        var run = Audit("--Storage:Provider=InMemory");

        Assert.Equal((1, true), (run.ExitCode, run.Error.Contains("Storage:Provider is InMemory", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AuditHelpdesk_ListsTheAgentsActionsNewestFirst_RefusalsIncluded()
    {
        await RecordAsync(
            new HelpdeskAuditEntry("h1", Now.AddHours(-3), "case-1", "aad-adele", "Adele Vance", "claim", true, ""),
            new HelpdeskAuditEntry("h2", Now.AddHours(-2), "case-1", "unverified:U999", null, "claim", false, "not an agent"),
            new HelpdeskAuditEntry("h3", Now.AddHours(-1), "case-2", "aad-adele", "Adele Vance", "resolve", true, "gateway certificate renewed"));

        Assert.Equal(
        [
            "Helpdesk actions since 2026-11-16 12:00:00Z: 3",
            "2026-11-23 11:00:00Z  case case-2  Adele Vance (aad-adele)  resolve: gateway certificate renewed",
            "2026-11-23 10:00:00Z  case case-1  unverified:U999  claim — refused: not an agent",
            "2026-11-23 09:00:00Z  case case-1  Adele Vance (aad-adele)  claim",
        ], Lines(Audit("--helpdesk").Output));
        using var json = JsonDocument.Parse(Audit("--helpdesk", "--case", "case-1", "--user", "aad-adele", "--json").Output);
        Assert.Equal(["h1"], [.. json.RootElement.GetProperty("actions").EnumerateArray().Select(action => action.GetProperty("id").GetString())]);
    }

    [Fact]
    public void AuditHelpdesk_WithHost_SaysWhichFiltersApply()
    {
        var run = Audit("--helpdesk", "--host", "rdp01");

        Assert.Equal((1, true), (run.ExitCode, run.Error.Contains("--user and --case", StringComparison.Ordinal)));
    }

    public void Dispose() => _data.Dispose();

    private async Task RecordAsync(params HelpdeskAuditEntry[] entries)
    {
        var audit = new SqliteHelpdeskAuditLog(new SqliteDatabase(new StorageOptions { DataFolder = _data.Path }.DatabasePath));
        foreach (var entry in entries)
            await audit.RecordAsync(entry, null, TestContext.Current.CancellationToken);
    }

    private (int ExitCode, string Output, string Error) Audit(params string[] options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { AuditCommand.Build(new FakeTimeProvider(Now)) };
        var exitCode = root.Parse(["audit", .. options, $"--Storage:DataFolder={_data.Path}"])
            .Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private async Task RecordAsync(params CheckAuditEntry[] entries)
    {
        var audit = new SqliteCheckAuditLog(new SqliteDatabase(new StorageOptions { DataFolder = _data.Path }.DatabasePath));
        foreach (var entry in entries)
            await audit.RecordAsync(entry, TestContext.Current.CancellationToken);
    }

    private static string[] Ids(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("checks").EnumerateArray().Select(check => check.GetProperty("id").GetString()!)];
    }

    private static string[] Lines(string output) => output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
}
