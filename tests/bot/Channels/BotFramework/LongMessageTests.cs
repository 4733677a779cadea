using System.Diagnostics;
using System.Net;
using System.Text;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework;

/// <summary>A pasted log or a runaway message is answered quickly, and the user is told what was not read.</summary>
public sealed class LongMessageTests(LocalModeFixture fixture) : IClassFixture<LocalModeFixture>
{
    /// <summary>Generous for a busy shared machine; such a message is answered well within it.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Message_Of200Kilobytes_IsAnsweredWithinTheBoundAndSaysWhatWasNotRead()
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var text = new StringBuilder("I get error 0x904 extended 0x7 on our Azure VM since the certificate was renewed. ");
        while (text.Length < 200_000)
            text.Append("Nobody can connect, not over VPN either, and it's not working for everyone after the update. ");
        using (await fixture.Bot.PostAsync(TestActivities.Message(conversation, fixture.Connector.ServiceUrl, "hello").ToJsonString(), token: null))
        {
        }

        var clock = Stopwatch.StartNew();
        using var response = await fixture.Bot.PostAsync(
            TestActivities.Message("a:" + Guid.NewGuid().ToString("N"), fixture.Connector.ServiceUrl, text.ToString()).ToJsonString(), token: null);
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Contains(fixture.Connector.Calls, call => call.Body is { } body && body.TryGetProperty("text", out var reply)
            && (reply.GetString() ?? "").Contains("so I read only its first", StringComparison.Ordinal));
    }
}
