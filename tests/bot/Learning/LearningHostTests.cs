using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Knowledge;
using RdpHelpBot.Bot.Learning;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Dialogs.Learning;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Bot.Tests.Learning;

/// <summary>AddLearning in a running host: the prior source it registers and the background refresh.</summary>
public sealed class LearningHostTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);
    private static readonly DateTimeOffset Day = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Day);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PriorSource_NoCasesRecorded_ServesTheKnowledgeBasePriors()
    {
        using var host = await StartAsync();

        var (priors, cause) = (host.Services.GetRequiredService<IPriorSource>(), DnsStale(host));

        Assert.Equal(cause.PriorFor(HostContext.AzureVm), priors.PriorFor(cause, HostContext.AzureVm));
    }

    [Fact]
    public async Task Start_CasesAlreadyRecorded_LearnsFromThemAtOnce()
    {
        using var host = Build();
        await RecordDnsCasesAsync(host, 5);

        await host.StartAsync(Ct);

        await WaitUntilAsync(() => LearnedCases(host) == 5);
    }

    [Fact]
    public async Task RefreshInterval_Passed_CasesRecordedSinceAreServed()
    {
        using var host = await StartAsync();
        await RecordDnsCasesAsync(host, 8);

        _time.Advance(Interval);

        await WaitUntilAsync(() => LearnedCases(host) == 8);
    }

    [Fact]
    public async Task RefreshInterval_Passed_PriorOfTheResolvedCauseRises()
    {
        using var host = await StartAsync();
        var cause = DnsStale(host);
        var before = host.Services.GetRequiredService<IPriorSource>().PriorFor(cause, HostContext.AzureVm);
        await RecordDnsCasesAsync(host, 8);

        _time.Advance(Interval);

        await WaitUntilAsync(() => host.Services.GetRequiredService<IPriorSource>().PriorFor(cause, HostContext.AzureVm) > before);
    }

    [Fact]
    public async Task Start_WeightOutOfRange_FailsNamingTheSetting()
    {
        using var host = Build(("Learning:Weight", "-1"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("Weight", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ConfiguredInterval_IsBound()
    {
        using var host = Build(("Learning:RefreshInterval", "00:10:00"));

        Assert.Equal(TimeSpan.FromMinutes(10), host.Services.GetRequiredService<IOptions<LearningOptions>>().Value.RefreshInterval);
    }

    private async Task<IHost> StartAsync()
    {
        var host = Build();
        var latest = host.Services.GetRequiredService<LatestLearnedPriors>();
        var initial = latest.Current;
        await host.StartAsync(Ct);
        // The first refresh runs at start; wait for it so later refreshes come only from the timer.
        await WaitUntilAsync(() => latest.Current != initial);
        return host;
    }

    private IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(
            [new("Storage:Provider", "InMemory"), .. settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))]);
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.AddKnowledge();
        builder.AddStorage();
        builder.AddLearning();
        return builder.Build();
    }

    private static Cause DnsStale(IHost host) => host.Services.GetRequiredService<KnowledgeBase>().Causes["dns-stale"];

    private static int LearnedCases(IHost host) => host.Services.GetRequiredService<LatestLearnedPriors>().Current.Counts.Cases;

    private static async Task RecordDnsCasesAsync(IHost host, int count)
    {
        var store = host.Services.GetRequiredService<IOutcomeStore>();
        for (var i = 0; i < count; i++)
        {
            await store.SaveAsync(new CaseOutcome
            {
                CaseId = $"case-{i}",
                ConversationId = $"conv-{i}",
                Channel = "test",
                Context = HostContext.AzureVm,
                Ending = CaseEnding.Resolved,
                ResolvedBy = "connect-by-ip",
                ResolvedCause = "dns-stale",
                Started = Day,
                Ended = Day.AddMinutes(10),
            }, Ct);
        }
    }

    // The refresh runs on the host's background task; give it real time to finish after the fake clock moves.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The learned priors were not refreshed in time.");
            await Task.Delay(10, Ct);
        }
    }
}
