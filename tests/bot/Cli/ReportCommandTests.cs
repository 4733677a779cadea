using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Tests.Helpdesk;
using System.Text.Json;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Model;
using RdpHelpBot.Bot.Storage.Sqlite;

namespace RdpHelpBot.Bot.Tests.Cli;

public sealed class ReportCommandTests : IDisposable
{
    private static readonly KnowledgeBase Shipped = KnowledgeBase.LoadBuiltIn().Knowledge!;
    private static readonly DateTimeOffset Day = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private const string Certificate = "renew-rdp-certificate";
    private const string ByIp = "connect-by-ip";

    private readonly TemporaryFolder _data = new();

    // 3 of 4 resolved, 1 escalated; turns to a fix 5, 7 and 4 (median 5).
    private static readonly CaseOutcome[] FourCases =
    [
        Resolved("1", HostContext.AzureVm, Certificate, turnsToFix: 5),
        Resolved("2", HostContext.AzureVm, Certificate, turnsToFix: 7),
        Resolved("3", HostContext.WindowsPc, ByIp, turnsToFix: 4),
        Outcome("4", HostContext.AzureVm, CaseEnding.Escalated),
    ];

    [Fact]
    public async Task Report_FourCasesThreeResolved_ShowsTheResolutionRate()
    {
        await RecordAsync(FourCases);

        Assert.Contains("Resolved: 75% (3 of 4)", Report().Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_OneOfFourEscalated_ShowsTheEscalationRate()
    {
        await RecordAsync(FourCases);

        Assert.Contains("Escalated: 25% (1 of 4)", Report().Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_ResolvedCases_ShowsTheMedianTurnsToAFix()
    {
        await RecordAsync(FourCases);

        Assert.Contains("Median turns to a fix: 5", Report().Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_ResolvedCases_ListsTheTopFixesPerContextWithTheirTitles()
    {
        await RecordAsync(FourCases);

        var lines = Lines(Report().Output);

        Assert.Equal(
        [
            "  On an Azure VM:",
            $"    1. {Shipped.Fixes[Certificate].Title} ({Certificate}): 2 cases",
            "  On a Windows PC:",
            $"    1. {Shipped.Fixes[ByIp].Title} ({ByIp}): 1 case",
        ], lines.SkipWhile(line => line != "Fixes that resolved most:").Skip(1));
    }

    [Fact]
    public async Task Report_Json_CarriesTheSameFigures()
    {
        await RecordAsync(FourCases);

        using var json = JsonDocument.Parse(Report("--json").Output);

        var root = json.RootElement;
        Assert.Equal((4, 3, 0.75, 0.25, 5.0), (root.GetProperty("cases").GetInt32(), root.GetProperty("resolved").GetInt32(),
            root.GetProperty("resolutionRate").GetDouble(), root.GetProperty("escalationRate").GetDouble(),
            root.GetProperty("medianTurnsToFix").GetDouble()));
    }

    [Fact]
    public async Task Report_Json_KeysTopFixesByContextWithTitles()
    {
        await RecordAsync(FourCases);

        using var json = JsonDocument.Parse(Report("--json").Output);

        var top = json.RootElement.GetProperty("topFixesByContext").GetProperty("azure-vm")[0];
        Assert.Equal((Certificate, Shipped.Fixes[Certificate].Title, 2),
            (top.GetProperty("fix").GetString(), top.GetProperty("title").GetString(), top.GetProperty("resolved").GetInt32()));
    }

    [Fact]
    public void Report_NoCases_SaysSo()
    {
        var run = Report();

        Assert.Equal((0, "No cases recorded yet."), (run.ExitCode, run.Output.Trim()));
    }

    [Fact]
    public void Report_NoCasesAsJson_ReportsZeroCases()
    {
        using var json = JsonDocument.Parse(Report("--json").Output);

        Assert.Equal(0, json.RootElement.GetProperty("cases").GetInt32());
    }

    [Fact]
    public async Task Report_FixNoLongerInTheKnowledge_IsNamedByItsId()
    {
        await RecordAsync([Resolved("1", HostContext.WindowsServer, "retired-fix", turnsToFix: 3)]);

        Assert.Contains("    1. a fix no longer in the knowledge (retired-fix): 1 case", Lines(Report().Output));
    }

    [Fact]
    public void Report_UnknownStorageProvider_ExitsWithOneNamingTheSetting()
    {
        var run = Report("--Storage:Provider=Paper");

        Assert.Equal((1, true), (run.ExitCode, run.Error.Contains("Storage:Provider", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Report_HelpdeskCases_ShowsTimesToClaimAndResolveRatingsDeflectionAndTickets()
    {
        await RecordAsync(FourCases);
        var database = new SqliteDatabase(new StorageOptions { DataFolder = _data.Path }.DatabasePath);
        var cases = new SqliteCaseStore(database);
        var kept = await cases.SaveAsync(CaseStoreContract.Case("4", Day), null, null, TestContext.Current.CancellationToken);
        await cases.SaveAsync(kept with
        {
            State = CaseState.Resolved, Agent = new HelpdeskAgent("T1:U1", "Alex Kim"), Claimed = Day.AddMinutes(4), Ended = Day.AddMinutes(30),
        }, kept.Version, null, TestContext.Current.CancellationToken);
        var ratings = new SqliteRatingStore(database);
        await ratings.SaveAsync(new CaseRating { CaseId = "4", Conversation = new("test", "c4"), ByAgent = true, Asked = Day, Score = 4, Rated = Day }, null, TestContext.Current.CancellationToken);
        await ratings.SaveAsync(new CaseRating { CaseId = "1", Conversation = new("test", "c1"), Asked = Day, ThumbsUp = true, Rated = Day }, null, TestContext.Current.CancellationToken);
        await new SqliteTicketLog(database).RecordAsync(new HelpdeskTicket("4", "jira", "HD-42", Day), TestContext.Current.CancellationToken);

        var output = Report().Output;

        Assert.Contains("Median time to claim: 4 min", output, StringComparison.Ordinal);
        Assert.Contains("Median time to resolution: 30 min", output, StringComparison.Ordinal);
        Assert.Contains("Ratings: 2, average 4 of 5, 👍 1, 👎 0", output, StringComparison.Ordinal);
        Assert.Contains("Deflection (resolved without a human): 75% (3 of 4)", output, StringComparison.Ordinal);
        Assert.Contains("Tickets created: 1", output, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(Report("--json").Output);
        var helpdesk = json.RootElement.GetProperty("helpdesk");
        Assert.Equal((4, 1, 4.0, 30.0, 2, 1), (helpdesk.GetProperty("cases").GetInt32(), helpdesk.GetProperty("escalated").GetInt32(),
            helpdesk.GetProperty("medianMinutesToClaim").GetDouble(), helpdesk.GetProperty("medianMinutesToResolution").GetDouble(),
            helpdesk.GetProperty("ratings").GetInt32(), helpdesk.GetProperty("tickets").GetInt32()));
    }

    public void Dispose() => _data.Dispose();

    private (int ExitCode, string Output, string Error) Report(params string[] options) =>
        CommandLine.Run(["report", .. options, $"--Storage:DataFolder={_data.Path}"]);

    private async Task RecordAsync(IEnumerable<CaseOutcome> outcomes)
    {
        var store = new SqliteOutcomeStore(new SqliteDatabase(new StorageOptions { DataFolder = _data.Path }.DatabasePath));
        foreach (var outcome in outcomes)
        {
            await store.SaveAsync(outcome, TestContext.Current.CancellationToken);
        }
    }

    private static string[] Lines(string output) => output.ReplaceLineEndings("\n").TrimEnd().Split('\n');

    private static CaseOutcome Resolved(string id, HostContext context, string fix, int turnsToFix) =>
        Outcome(id, context, CaseEnding.Resolved) with { ResolvedBy = fix, TurnsToFix = turnsToFix };

    private static CaseOutcome Outcome(string id, HostContext context, CaseEnding ending) => new()
    {
        CaseId = id,
        ConversationId = "conv-" + id,
        Channel = "test",
        Context = context,
        Ending = ending,
        Turns = 8,
        Started = Day,
        Ended = Day.AddMinutes(10),
    };
}
