using System.Text.Json;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Bot.Storage.Sqlite;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Tests.Helpdesk;

namespace RdpHelpBot.Bot.Tests.Cli;

public sealed class CasesCommandTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DataFolder => $"--Storage:DataFolder={_folder.Path}";

    private async Task AddCasesAsync()
    {
        var database = new SqliteDatabase(new StorageOptions { DataFolder = _folder.Path }.DatabasePath);
        var cases = new SqliteCaseStore(database);
        var resolved = await cases.SaveAsync(CaseStoreContract.Case("case-a", Noon), null, null, Ct);
        await cases.SaveAsync(resolved with
        {
            State = CaseState.Resolved, Agent = new HelpdeskAgent("T1:U1", "Alex Kim"), Claimed = Noon.AddMinutes(3), Ended = Noon.AddMinutes(20),
        }, resolved.Version, null, Ct);
        await cases.SaveAsync(CaseStoreContract.Case("case-b", Noon.AddHours(1)), null, null, Ct);
        await new SqliteTicketLog(database).RecordAsync(new HelpdeskTicket("case-a", "servicenow", "INC0010023", Noon.AddMinutes(1)), Ct);
    }

    [Fact]
    public async Task Cases_ListsStateAgentTimesSummaryAndTickets_NewestFirst()
    {
        await AddCasesAsync();

        var (exitCode, output, _) = CommandLine.Run("cases", DataFolder);

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("case-b  Waiting", lines[0], StringComparison.Ordinal);
        Assert.Contains("case-a  Resolved      Alex Kim         escalated 2026-11-20 12:00Z, claimed 2026-11-20 12:03Z, ended 2026-11-20 12:20Z", lines[1], StringComparison.Ordinal);
        Assert.Contains("[servicenow INC0010023]", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cases_OpenAsJson_ListsOnlyTheLiveOnes()
    {
        await AddCasesAsync();

        var (exitCode, json, _) = CommandLine.Run("cases", "--open", "--json", DataFolder);

        Assert.Equal(0, exitCode);
        var row = Assert.Single(JsonDocument.Parse(json).RootElement.EnumerateArray());
        Assert.Equal(("case-b", "Waiting"), (row.GetProperty("caseId").GetString(), row.GetProperty("state").GetString()));
    }

    public void Dispose() => _folder.Dispose();
}
