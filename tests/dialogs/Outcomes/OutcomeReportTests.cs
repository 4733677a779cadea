using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Knowledge.Model;
using RdpHelpBot.Tests.Outcomes;

namespace RdpHelpBot.Dialogs.Tests.Outcomes;

public sealed class OutcomeReportTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static CaseOutcome Resolved(string id, HostContext context, string fix, int turnsToFix) =>
        OutcomeStoreContract.Outcome(id, Day) with { Context = context, ResolvedBy = fix, TurnsToFix = turnsToFix };

    private static CaseOutcome Ended(string id, CaseEnding ending) =>
        OutcomeStoreContract.Outcome(id, Day) with { Ending = ending, ResolvedBy = null, TurnsToFix = null };

    private static readonly CaseOutcome[] Cases =
    [
        Resolved("1", HostContext.AzureVm, "renew-rdp-certificate", 5),
        Resolved("2", HostContext.AzureVm, "renew-rdp-certificate", 7),
        Resolved("3", HostContext.AzureVm, "reset-machinekeys-acl", 9),
        Resolved("4", HostContext.WindowsPc, "flush-dns", 4),
        Ended("5", CaseEnding.Escalated),
        Ended("6", CaseEnding.Abandoned),
        Ended("7", CaseEnding.Escalated),
        Ended("8", CaseEnding.Cancelled),
    ];

    [Fact]
    public void From_RecordedCases_ComputesResolutionAndEscalationRates()
    {
        var report = OutcomeReport.From(Cases);

        Assert.Equal((8, 0.5, 0.25), (report.Cases, report.ResolutionRate, report.EscalationRate));
    }

    [Fact]
    public void From_RecordedCases_MedianTurnsToFixOverResolvedCases()
    {
        Assert.Equal(6, OutcomeReport.From(Cases).MedianTurnsToFix);
    }

    [Fact]
    public void From_RecordedCases_RanksTheFixesThatResolvedMostPerContext()
    {
        var report = OutcomeReport.From(Cases);

        Assert.Equal(
            [new FixTally("renew-rdp-certificate", 2), new FixTally("reset-machinekeys-acl", 1)],
            report.TopFixesByContext[HostContext.AzureVm]);
        Assert.Equal([new FixTally("flush-dns", 1)], report.TopFixesByContext[HostContext.WindowsPc]);
    }

    [Fact]
    public void From_NoCases_ReportsZeroesAndNoMedian()
    {
        var report = OutcomeReport.From([]);

        Assert.Equal((0, 0.0, 0.0, (double?)null), (report.Cases, report.ResolutionRate, report.EscalationRate, report.MedianTurnsToFix));
    }
}
