using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Outbox.Tickets;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Bot.Tests.Outbox.Tickets;

/// <summary>A case escalated after two failed fixes, and the outbox that turns it into tickets, on a fake clock.</summary>
internal sealed class TicketTestCases : IDisposable
{
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset Opened = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly ServiceProvider _http = new ServiceCollection().AddHttpClient().BuildServiceProvider();

    public FakeTimeProvider Time { get; } = new(Opened.AddMinutes(30));
    public InMemoryOutboxStore Store { get; } = new();
    public InMemoryTicketLog Tickets { get; } = new();

    public IHttpClientFactory Clients => _http.GetRequiredService<IHttpClientFactory>();

    public static CasePacket Packet(string caseId = "6f1c2a9e0b7d4e3f8a5c1d2e3f4a5b6c", string? email = "alice@contoso.com") => CasePacketBuilder.Build(new CasePacketInput
    {
        CaseId = caseId,
        User = new PacketUser("msteams", "29:1abc", "Alice Example", email),
        Summary = new CaseSummary(
            "a Windows Server",
            ["Error code 0x904", "Extended error code 0x7"],
            ["Nobody can connect to the host."],
            [],
            [new TriedFix("Restart the Remote Desktop Services service", "did not work"), new TriedFix("Renew the RDP certificate", "did not work")],
            [new LikelyCause("The RDP certificate's private key cannot be read", 0.62, "nobody can connect after a certificate renewal")]),
        Reason = EscalationReason.FixesExhausted,
        Host = "fs01",
        Times = new PacketTimes(Opened, Opened.AddMinutes(25)),
        Highlights = ["nobody can connect"],
        Transcript =
        [
            new TranscriptLine("c1", Opened, TranscriptSpeaker.User, "0x904 extended 0x7 on fs01, I tried with password: Hunter2!"),
            new TranscriptLine("c1", Opened, TranscriptSpeaker.Bot, "Let's look at the certificate first."),
        ],
    });

    public OutboxDelivery Delivery(IOutboxSender sender, TimeSpan? sendTimeout = null) =>
        new(Store, [sender], Outbox(sendTimeout), Time, NullLogger<OutboxDelivery>.Instance) { Random = () => 1.0 };

    public IOptions<OutboxOptions> Outbox(TimeSpan? sendTimeout = null) =>
        Options.Create(new OutboxOptions { FirstRetryDelay = FirstRetryDelay, SendTimeout = sendTimeout ?? TimeSpan.FromSeconds(10) });

    public TicketOutbox TicketOutbox(ServiceNowOptions? serviceNow = null, JiraOptions? jira = null) =>
        new(Store, Options.Create(serviceNow ?? new ServiceNowOptions()), Options.Create(jira ?? new JiraOptions()), Time);

    public async Task<OutboxMessage> RowAsync(CancellationToken cancellationToken) =>
        (await Store.ListAsync(OutboxState.Pending, cancellationToken))
            .Concat(await Store.ListAsync(OutboxState.Delivered, cancellationToken))
            .Concat(await Store.ListAsync(OutboxState.Dead, cancellationToken)).Single();

    public void Dispose() => _http.Dispose();
}
