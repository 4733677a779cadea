using System.Security.Authentication;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>
/// Reads the TLS layer's state from the first handshake and the per-version retries. A refusal is blamed on the
/// server only when this machine could offer what the server might want: OpenSSL's defaults here refuse TLS 1.0/1.1,
/// so a server that only speaks those looks exactly like a broken one unless the pattern says otherwise.
/// </summary>
internal static class TlsClassifier
{
#pragma warning disable SYSLIB0039 // Naming the obsolete versions is how they are recognised.
    private const SslProtocols OldVersions = SslProtocols.Tls | SslProtocols.Tls11;
#pragma warning restore SYSLIB0039

    public static TlsStatus Classify(TlsAttempt handshake, IReadOnlyList<TlsAttempt> versions)
    {
        if (handshake.Status == TlsAttemptStatus.Completed || versions.Any(v => v.Status == TlsAttemptStatus.Completed))
        {
            return TlsStatus.Completed;
        }
        switch (handshake.Status)
        {
            case TlsAttemptStatus.ClosedByServer:
                return TlsStatus.ClosedByServer;
            case TlsAttemptStatus.TimedOut:
                return TlsStatus.TimedOut;
            case TlsAttemptStatus.RefusedByServer:
                var old = versions.Where(v => IsOld(v.Offered)).ToList();
                return old.Count > 0 && old.All(v => v.Status == TlsAttemptStatus.NotOfferedLocally)
                    ? TlsStatus.OldVersionsOnlySuspected
                    : TlsStatus.Refused;
            default:
                return TlsStatus.Failed;
        }
    }

    /// <summary>Whether every version the server accepted is TLS 1.0 or 1.1.</summary>
    public static bool OnlyOldVersionsAccepted(TlsResult tls)
    {
        var accepted = tls.AcceptedVersions.ToList();
        return accepted.Count > 0 && accepted.All(IsOld);
    }

    private static bool IsOld(SslProtocols version) => version != SslProtocols.None && (version & ~OldVersions) == 0;
}
