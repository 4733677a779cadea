using System.Security.Authentication;
using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Tests.Checks.Probe;

public sealed class LocalTlsSupportTests
{
    [Fact]
    public async Task RefusalAsync_Tls12_IsNone()
    {
        Assert.Null(await LocalTlsSupport.RefusalAsync(SslProtocols.Tls12));
    }

    [Fact]
    public async Task RefusalAsync_Ssl3_SaysWhy()
    {
#pragma warning disable CS0618 // SSL 3.0 is obsolete, and that is the point: no TLS stack here offers it.
        var refusal = await LocalTlsSupport.RefusalAsync(SslProtocols.Ssl3);
#pragma warning restore CS0618

        Assert.False(string.IsNullOrWhiteSpace(refusal));
    }
}
