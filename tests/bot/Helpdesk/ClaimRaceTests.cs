using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Storage.Sqlite;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Tests.Helpdesk;

/// <summary>
/// Two agents clicking Claim at the same instant on the case's cards in two helpdesk channels (so no conversation's
/// state orders the two turns), on two instances of the bot sharing one SQLite file.
/// </summary>
public sealed class ClaimRaceTests : IDisposable
{
    private const string Alex = "T1:U0ALEX";
    private const string Sam = "T1:U0SAM";
    private static readonly HelpdeskThread Thread = new(
        new ConversationKey("msteams", "19:desk@thread.tacv2;messageid=r1"),
        ConversationAddress.Conversation("msteams", "19:desk@thread.tacv2;messageid=r1"), "r1");
    private static readonly HelpdeskThread SlackThread = new(
        new ConversationKey("slack", "T1:C0DESK:1700000000.000100"), ConversationAddress.Conversation("slack", "T1:C0DESK:1700000000.000100"), "1700000000.000100");

    private readonly TemporaryFolder _folder = new();
    private readonly RacingLookups _race = new([Thread.Thread, SlackThread.Thread]);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoAgentsClaimAtOnce_OnTwoInstances_ExactlyOneHasTheCase()
    {
        using var first = BuildHost();
        using var second = BuildHost();
        await Pipeline(first).ProcessAsync(new TurnRequest("console", "user-conv", "dana", "I get 0x904, let me talk to a human"), Ct);
        var cases = first.Services.GetRequiredService<ICaseStore>();
        var waiting = Assert.Single(await cases.ListAsync(liveOnly: true, limit: 10, Ct));
        await cases.SaveAsync(waiting with { Threads = [Thread, SlackThread] }, waiting.Version, transaction: null, Ct);

        await Pipeline(second).ProcessAsync(new TurnRequest("console", "other-conv", "kim", "hello"), Ct);
        _race.Start();
        var answers = await Task.WhenAll(
            Task.Run(() => Pipeline(first).ProcessAsync(Claim(Thread, Alex, "Alex Kim"), Ct), Ct),
            Task.Run(() => Pipeline(second).ProcessAsync(Claim(SlackThread, Sam, "Sam Lee"), Ct), Ct));

        var claimed = Assert.Single(await cases.ListAsync(liveOnly: true, limit: 10, Ct));
        var texts = answers.Select(answer => Assert.Single(answer.Replies).Text).ToList();
        Assert.Single(texts, text => text.StartsWith("You have the case", StringComparison.Ordinal));
        Assert.Single(texts, text => text == $"Already claimed by {claimed.Agent!.Name}.");
        var audited = await first.Services.GetRequiredService<IHelpdeskAuditLog>().ListAsync(DateTimeOffset.MinValue, Ct);
        Assert.Equal([(claimed.Agent!.Id, true)], audited.Where(entry => entry.Allowed).Select(entry => (entry.ActorId, entry.Allowed)));
    }

    private static TurnRequest Claim(HelpdeskThread thread, string agent, string name) =>
        new(thread.Thread.ChannelId, thread.Thread.ConversationId, $"29:{agent}", ChoiceValue: HelpdeskActions.Claim) { VerifiedUserId = agent, UserName = name };

    private IHost BuildHost()
    {
        var builder = Host.CreateApplicationBuilder(
            [$"--Storage:DataFolder={_folder.Path}", $"--Escalation:Agents:0={Alex}", $"--Escalation:Agents:1={Sam}"]);
        builder.Logging.ClearProviders();
        Assert.True(BotServices.TryAdd(builder, TextWriter.Null));
        builder.Services.AddSingleton<IHelpdeskChannel>(new FixedHelpdeskChannel(ConversationAddress.Conversation("msteams", "19:desk@thread.tacv2")));
        builder.Services.AddSingleton<ICaseStore>(services => new RacingCases(ActivatorUtilities.CreateInstance<SqliteCaseStore>(services), _race));
        return builder.Build();
    }

    private static TurnPipeline Pipeline(IHost host) => host.Services.GetRequiredService<TurnPipeline>();

    public void Dispose() => _folder.Dispose();

    /// <summary>Holds the first two lookups of the thread's case until both have read it, so both claims start from the same version.</summary>
    private sealed class RacingLookups(IReadOnlyList<ConversationKey> threads)
    {
        private readonly TaskCompletionSource _bothRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _started;
        private int _read;

        public void Start() => Interlocked.Exchange(ref _started, 1);

        public async Task ReadAsync(ConversationKey conversation)
        {
            if (!threads.Contains(conversation) || Volatile.Read(ref _started) == 0)
                return;
            var read = Interlocked.Increment(ref _read);
            if (read == 2)
                _bothRead.TrySetResult();
            if (read <= 2)
                await _bothRead.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    private sealed class RacingCases(ICaseStore inner, RacingLookups race) : ICaseStore
    {
        public Task<HelpdeskCase> SaveAsync(HelpdeskCase helpdeskCase, long? expectedVersion, IStateTransaction? transaction, CancellationToken cancellationToken) =>
            inner.SaveAsync(helpdeskCase, expectedVersion, transaction, cancellationToken);

        public Task<HelpdeskCase?> FindAsync(string caseId, CancellationToken cancellationToken) => inner.FindAsync(caseId, cancellationToken);

        public async Task<HelpdeskCase?> FindLiveAsync(ConversationKey conversation, CancellationToken cancellationToken)
        {
            var found = await inner.FindLiveAsync(conversation, cancellationToken);
            await race.ReadAsync(conversation);
            return found;
        }

        public Task<IReadOnlyList<HelpdeskCase>> ListAsync(bool liveOnly, int limit, CancellationToken cancellationToken) =>
            inner.ListAsync(liveOnly, limit, cancellationToken);
    }
}
