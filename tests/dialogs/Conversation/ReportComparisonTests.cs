using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Tests.Conversation;

/// <summary>
/// A case keeps how its first description reads beside the known reports; comparing later messages again would cost
/// a whole-message encoding on every long answer and change nothing.
/// </summary>
public sealed class ReportComparisonTests
{
    private const string Description = "since this morning nobody in accounting can connect to the finance server, error 0x904 extended 0x7";
    private const string LaterDetail = "we also noticed that the server was patched on Sunday night by the admins of the other site";

    [Fact]
    public async Task LaterLongMessage_CaseKeepsItsDescription_IsNotComparedAgain()
    {
        var reader = new RecordingReader(new RuleBasedUnderstander(ConversationHarness.Knowledge));

        await SendAsync(reader, Description, LaterDetail);

        Assert.Equal([true, false], reader.Requests.Select(r => r.CompareWithReports));
    }

    [Fact]
    public async Task LaterLongMessage_FirstMessageTooShortToCompare_IsCompared()
    {
        var reader = new RecordingReader(new RuleBasedUnderstander(ConversationHarness.Knowledge), resembleFrom: 2);

        await SendAsync(reader, "I get 0x904", LaterDetail);

        Assert.Equal([true, true], reader.Requests.Select(r => r.CompareWithReports));
    }

    [Fact]
    public async Task Description_ReadsMostLikeOneCause_ThatCauseLeadsWithWhy()
    {
        var knowledge = ConversationHarness.Knowledge;
        var likeVpn = knowledge.Causes.Keys.ToDictionary(id => id, id => id == "vpn-unstable" ? 0.8 : 0.4);
        var reader = new RecordingReader(new RuleBasedUnderstander(knowledge), resemblance: likeVpn);

        await new ConversationHarness { Reader = reader }.Flow()
            .Send(Description)
            .AssertRemainingReplies(_ => { })
            .Send("what else could it be?")
            .AssertReply(reply =>
            {
                var leading = reply.Card!.Blocks.OfType<Paragraph>().First().Text;
                Assert.Contains(knowledge.Causes["vpn-unstable"].Title, leading, StringComparison.Ordinal);
                Assert.Contains("reads most like other reports of this cause", leading, StringComparison.Ordinal);
            })
            .AssertRemainingReplies(_ => { })
            .StartTestAsync();
    }

    private static Task SendAsync(IUnderstander reader, string first, string second) =>
        new ConversationHarness { Reader = reader }.Flow()
            .Send(first)
            .AssertRemainingReplies(_ => { })
            .Send(second)
            .AssertRemainingReplies(_ => { })
            .StartTestAsync();

    /// <summary>The rules' reading, with a resemblance for every compared message from the given one on.</summary>
    private sealed class RecordingReader(IUnderstander rules, int resembleFrom = 1, IReadOnlyDictionary<string, double>? resemblance = null)
        : IUnderstander
    {
        public List<UnderstandingRequest> Requests { get; } = [];

        public Understanding Understand(string text) => rules.Understand(text);

        public ValueTask<Understanding> UnderstandAsync(UnderstandingRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            var read = rules.Understand(request.Text);
            return ValueTask.FromResult(request.CompareWithReports && Requests.Count >= resembleFrom
                ? read with { Resemblance = resemblance ?? new Dictionary<string, double> { ["expired-self-signed-cert"] = 0.7, ["vpn-unstable"] = 0.5 } }
                : read);
        }
    }
}
