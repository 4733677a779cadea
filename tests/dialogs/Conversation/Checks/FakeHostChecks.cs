using RdpHelpBot.Dialogs.Checks;

namespace RdpHelpBot.Dialogs.Tests.Conversation.Checks;

/// <summary>Answers every check with the findings a test gives it, or refuses with its message; remembers what was checked.</summary>
internal sealed class FakeHostChecks(IReadOnlyList<HostFinding> findings, string? refusal = null) : IHostChecks
{
    public const string Summary = "I checked it from here.";

    public static readonly HostFinding CertificateExpired = new("check-cert-expired", "The certificate (CN=rdp01) expired 3 days ago.");

    public static readonly HostFinding ListenerOk = new("check-rdp-ok", "The listener negotiates and completes the TLS handshake normally.", IsNormal: true);

    public static readonly HostFinding CertificateValid = new("check-cert-valid", "The certificate is within its validity period (expires in 200 days).", IsNormal: true);

    public bool Available { get; init; } = true;

    public List<(CheckRequester Requester, string Host)> Checked { get; } = [];

    public bool IsAvailableTo(CheckRequester requester) => Available;

    public Task<HostCheckResult> CheckAsync(CheckRequester requester, string host, CancellationToken cancellationToken)
    {
        Checked.Add((requester, host));
        return Task.FromResult(refusal is null ? HostCheckResult.Done(host, Summary, findings) : HostCheckResult.Refusal(host, refusal));
    }
}
