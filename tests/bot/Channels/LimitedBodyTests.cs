using Microsoft.AspNetCore.Http;
using RdpHelpBot.Bot.Channels;

namespace RdpHelpBot.Bot.Tests.Channels;

public sealed class LimitedBodyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadAsync_BodyAtTheLimitWithoutContentLength_IsReadWhole()
    {
        var sent = Enumerable.Range(0, 100_000).Select(i => (byte)i).ToArray();

        var body = await LimitedBody.ReadAsync(Request(sent), sent.Length, Ct);

        Assert.Equal(sent, body);
    }

    [Fact]
    public async Task ReadAsync_BodyOverTheLimitWithoutContentLength_IsRefused()
    {
        Assert.Null(await LimitedBody.ReadAsync(Request(new byte[100_001]), 100_000, Ct));
    }

    [Fact]
    public async Task ReadAsync_ContentLengthOverTheLimit_IsRefusedBeforeReading()
    {
        var request = Request(new byte[10]);
        request.ContentLength = 1_000_000;

        Assert.Equal((null, 0L), (await LimitedBody.ReadAsync(request, 100, Ct), request.Body.Position));
    }

    [Fact]
    public async Task ReadAsync_EmptyBody_IsEmpty()
    {
        Assert.Equal(0, (await LimitedBody.ReadAsync(Request([]), 100, Ct))?.Length);
    }

    private static HttpRequest Request(byte[] body) => new DefaultHttpContext { Request = { Body = new MemoryStream(body) } }.Request;
}
