using System.Security.Authentication;
using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Tests.Checks.Probe;

#pragma warning disable SYSLIB0039 // The old TLS versions are what these tests are about.
public sealed class TlsClassifierTests
{
    private static readonly TlsAttempt Alert = new(SslProtocols.None, TlsAttemptStatus.RefusedByServer);

    [Fact]
    public void Classify_ModernRefusedAndOldNotOfferableHere_IsACheckerLimitationNotABrokenServer()
    {
        var status = TlsClassifier.Classify(Alert, [
            Attempt(SslProtocols.Tls13, TlsAttemptStatus.RefusedByServer),
            Attempt(SslProtocols.Tls12, TlsAttemptStatus.RefusedByServer),
            Attempt(SslProtocols.Tls11, TlsAttemptStatus.NotOfferedLocally),
            Attempt(SslProtocols.Tls, TlsAttemptStatus.NotOfferedLocally),
        ]);

        Assert.Equal(TlsStatus.OldVersionsOnlySuspected, status);
    }

    [Fact]
    public void Classify_EveryVersionRefusedIncludingOldOnes_IsRefusedByTheServer()
    {
        var status = TlsClassifier.Classify(Alert, [
            Attempt(SslProtocols.Tls12, TlsAttemptStatus.RefusedByServer),
            Attempt(SslProtocols.Tls, TlsAttemptStatus.RefusedByServer),
        ]);

        Assert.Equal(TlsStatus.Refused, status);
    }

    [Fact]
    public void Classify_OldVersionsNotTried_IsRefusedByTheServer()
    {
        Assert.Equal(TlsStatus.Refused, TlsClassifier.Classify(Alert, [Attempt(SslProtocols.Tls12, TlsAttemptStatus.RefusedByServer)]));
    }

    [Fact]
    public void Classify_ClosedRightAfterClientHello_IsClosedByServer()
    {
        var closed = new TlsAttempt(SslProtocols.None, TlsAttemptStatus.ClosedByServer);

        Assert.Equal(TlsStatus.ClosedByServer, TlsClassifier.Classify(closed, [Attempt(SslProtocols.Tls12, TlsAttemptStatus.ClosedByServer)]));
    }

    [Fact]
    public void Classify_OnlyAPinnedOldVersionCompletes_IsCompleted()
    {
        Assert.Equal(TlsStatus.Completed, TlsClassifier.Classify(Alert, [Attempt(SslProtocols.Tls, TlsAttemptStatus.Completed)]));
    }

    [Fact]
    public void OnlyOldVersionsAccepted_Tls10Alone_IsTrue()
    {
        var tls = new TlsResult(RdpProtocol.Ssl, TlsStatus.Completed, Alert,
            [Attempt(SslProtocols.Tls12, TlsAttemptStatus.RefusedByServer), Attempt(SslProtocols.Tls, TlsAttemptStatus.Completed)], null);

        Assert.True(TlsClassifier.OnlyOldVersionsAccepted(tls));
    }

    [Fact]
    public void OnlyOldVersionsAccepted_Tls12AndTls10_IsFalse()
    {
        var tls = new TlsResult(RdpProtocol.Ssl, TlsStatus.Completed, Alert,
            [Attempt(SslProtocols.Tls12, TlsAttemptStatus.Completed), Attempt(SslProtocols.Tls, TlsAttemptStatus.Completed)], null);

        Assert.False(TlsClassifier.OnlyOldVersionsAccepted(tls));
    }

    private static TlsAttempt Attempt(SslProtocols version, TlsAttemptStatus status) => new(version, status);
}
