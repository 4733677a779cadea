using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Bot.Tests.Outbox.Tickets;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Bot.Storage.Sqlite;

namespace RdpHelpBot.Bot.Tests.Outbox;

/// <summary>The product's wiring on SQLite: a case's end becomes one webhook row per receiver, written with the turn.</summary>
public sealed class CaseEventsThroughThePipelineTests : IDisposable
{
    private const string Url = "https://hooks.example.com/rdp";
    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Process_CaseResolvedAfterAStateConflict_LeavesOneCaseResolvedRowWithTheSummary()
    {
        using var host = BuildHost(conflictOnce: true);
        var pipeline = host.Services.GetRequiredService<TurnPipeline>();

        await pipeline.ProcessAsync(Message("My Azure VM stopped working this morning, nothing changed: error 0x904 extended 0x7"), Ct);
        var resolved = await pipeline.ProcessAsync(Message("yes"), Ct);

        Assert.Contains(resolved.Replies, reply => reply.Text.Contains("Glad that fixed it!", StringComparison.Ordinal));
        var row = Assert.Single(await host.Services.GetRequiredService<IOutboxStore>().ListAsync(OutboxState.Pending, Ct));
        Assert.Equal((OutboxKinds.Webhook, Url), (row.Kind, row.Destination));
        var body = JsonDocument.Parse(row.Payload).RootElement;
        Assert.Equal("case.resolved", body.GetProperty("type").GetString());
        var data = body.GetProperty("data");
        Assert.Equal("c1", data.GetProperty("conversationId").GetString());
        Assert.Equal("worked", data.GetProperty("summary").GetProperty("fixes")[0].GetProperty("result").GetString());
        Assert.Equal(TurnEventTypes.EventId("case.resolved", data.GetProperty("caseId").GetString()!), row.IdempotencyKey);
    }

    [Fact]
    public async Task Process_HandedToAPerson_LeavesACaseEscalatedRowOnlyForReceiversThatWantIt()
    {
        using var host = BuildHost(conflictOnce: false, "--Webhooks:0:Events=case.escalated", "--Webhooks:1:Url=https://other.example.com/x",
            $"--Webhooks:1:Secret={LocalWebhookReceiver.Secret}", "--Webhooks:1:Events=case.resolved");
        var pipeline = host.Services.GetRequiredService<TurnPipeline>();

        await pipeline.ProcessAsync(Message("I get 0x904"), Ct);
        await pipeline.ProcessAsync(Message("talk to a human"), Ct);

        var row = Assert.Single(await host.Services.GetRequiredService<IOutboxStore>().ListAsync(OutboxState.Pending, Ct));
        Assert.Equal(Url, row.Destination);
        var body = JsonDocument.Parse(row.Payload).RootElement;
        Assert.Equal("case.escalated", body.GetProperty("type").GetString());
        Assert.Equal("UserAsked", body.GetProperty("data").GetProperty("escalationReason").GetString());
    }

    [Fact]
    public async Task Process_TalkToAHumanAfterAFixFailed_ShowsWhatIsPassedOnAndSendsItWithTheEvent()
    {
        using var host = BuildHost(conflictOnce: false, "--Transcripts:Enabled=true");
        var pipeline = host.Services.GetRequiredService<TurnPipeline>();

        await pipeline.ProcessAsync(Message("My Azure VM stopped working this morning, nothing changed: error 0x904 extended 0x7"), Ct);
        await pipeline.ProcessAsync(Message("no, that didn't work"), Ct);
        var escalated = await pipeline.ProcessAsync(Message("talk to a human"), Ct);

        var reply = Assert.Single(escalated.Replies).Text;
        Assert.StartsWith("Here's what I'll pass on to the helpdesk:", reply, StringComparison.Ordinal);
        Assert.Contains("0x904/0x7", reply, StringComparison.Ordinal);
        Assert.Contains("(did not work)", reply, StringComparison.Ordinal);
        Assert.Contains("The helpdesk now has your case", reply, StringComparison.Ordinal);
        var row = Assert.Single(await host.Services.GetRequiredService<IOutboxStore>().ListAsync(OutboxState.Pending, Ct));
        var body = JsonDocument.Parse(row.Payload).RootElement;
        Assert.Equal("case.escalated", body.GetProperty("type").GetString());
        var packet = body.GetProperty("data").GetProperty("packet");
        Assert.Contains("0x904", packet.GetProperty("codes")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("did not work", packet.GetProperty("fixes")[0].GetProperty("result").GetString());
        Assert.Equal("no, that didn't work", packet.GetProperty("transcript")[1].GetProperty("user").GetString());
        Assert.Equal("c1", packet.GetProperty("conversationId").GetString());
        Assert.True(body.GetProperty("data").TryGetProperty("summary", out _));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Process_TalkToAHumanWithServiceNow_OpensOneTicketAndTellsTheUserItsNumber(bool conflictOnce)
    {
        await using var serviceNow = await FakeServiceNow.StartAsync();
        using var host = BuildHost(conflictOnce, $"--Escalation:ServiceNow:BaseUrl={serviceNow.BaseUrl}",
            $"--Escalation:ServiceNow:UserName={FakeServiceNow.UserName}", $"--Escalation:ServiceNow:Password={FakeServiceNow.Password}");
        var pipeline = host.Services.GetRequiredService<TurnPipeline>();
        var outbox = host.Services.GetRequiredService<IOutboxStore>();

        await pipeline.ProcessAsync(Message("My Azure VM stopped working this morning, nothing changed: error 0x904 extended 0x7"), Ct);
        await pipeline.ProcessAsync(Message("no, that didn't work"), Ct);
        var escalated = await pipeline.ProcessAsync(Message("talk to a human"), Ct);

        Assert.Contains("I'm opening a ticket in ServiceNow with this and will send you its number here", Assert.Single(escalated.Replies).Text, StringComparison.Ordinal);
        var ticket = Assert.Single(await outbox.ListAsync(OutboxState.Pending, Ct), row => row.Kind == "ticket.servicenow");
        var delivery = host.Services.GetRequiredService<OutboxDelivery>();
        await delivery.DeliverAsync([ticket], Ct);
        await delivery.DeliverAsync([ticket], Ct);

        var incident = Assert.Single(serviceNow.Incidents);
        var message = Assert.Single(await outbox.ListAsync(OutboxState.Pending, Ct), row => row.Kind == OutboxKinds.Message);
        var sent = OutgoingMessage.FromRow(message)!;
        Assert.Equal(("test", "c1"), (sent.To.ChannelId, sent.To.ConversationId));
        Assert.Equal($"Your ticket is {incident["number"]} — the helpdesk has everything we found.", Assert.Single(sent.Replies).Text);
    }

    [Theory]
    [InlineData("--Webhooks:0:Url=http://hooks.example.com/rdp", "Webhooks:0:Url")]
    [InlineData("--Webhooks:0:Url=hooks", "Webhooks:0:Url")]
    [InlineData("--Webhooks:0:Secret=plain-text-secret", "Webhooks:0:Secret")]
    [InlineData("--Webhooks:0:Events=case.reopened", "Webhooks:0:Events")]
    public void Startup_BadWebhookSetting_FailsNamingTheSettingWithoutTheSecret(string setting, string named)
    {
        using var host = BuildHost(conflictOnce: false, setting);

        var problem = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("plain-text-secret", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(LocalWebhookReceiver.Secret, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PlainHttpReceiverElsewhere_ExitsWithOneLineNamingTheSetting()
    {
        var errors = new StringWriter();

        var exitCode = await BotHost.RunAsync(
            ["--urls=http://127.0.0.1:0", "--Storage:Provider=InMemory", "--Webhooks:0:Url=http://hooks.example.com/rdp", $"--Webhooks:0:Secret={LocalWebhookReceiver.Secret}"],
            errors, Ct);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("The bot did not start: a setting is not valid. Webhooks:0:Url must use https://", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_HttpToThisMachine_IsAllowed()
    {
        using var host = BuildHost(conflictOnce: false, "--Webhooks:0:Url=http://127.0.0.1:9/hooks");

        host.Services.GetRequiredService<IStartupValidator>().Validate();
    }

    private IHost BuildHost(bool conflictOnce, params string[] settings)
    {
        var builder = Host.CreateApplicationBuilder([
            $"--Storage:DataFolder={_folder.Path}", $"--Webhooks:0:Url={Url}", $"--Webhooks:0:Secret={LocalWebhookReceiver.Secret}", .. settings]);
        builder.Logging.ClearProviders();
        Assert.True(BotServices.TryAdd(builder, TextWriter.Null));
        if (conflictOnce)
            builder.Services.AddSingleton<IStateStore>(services => new ConflictingOnce(ActivatorUtilities.CreateInstance<SqliteStateStore>(services)));
        return builder.Build();
    }

    private static TurnRequest Message(string text) => new("test", "c1", "u1", text);

    /// <summary>Refuses the first write that carries more than the state, as if another turn had saved first.</summary>
    private sealed class ConflictingOnce(IStateStore inner) : IStateStore
    {
        private int _refused;

        public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

        public Task<string> WriteAsync(
            string key, string json, string? expectedETag, IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken) =>
            participants.Count > 0 && Interlocked.Exchange(ref _refused, 1) == 0
                ? throw new StateConflictException(key)
                : inner.WriteAsync(key, json, expectedETag, participants, cancellationToken);

        public Task CommitAsync(IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken) =>
            inner.CommitAsync(participants, cancellationToken);

        public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

        public Task<IReadOnlyList<StateVersion>> ListWrittenBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
            inner.ListWrittenBeforeAsync(cutoff, cancellationToken);
    }

    public void Dispose() => _folder.Dispose();
}
