using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Tests.Testing;

namespace RdpHelpBot.Dialogs.Tests.Conversation;

/// <summary>Checks on what a user of the troubleshooting conversation notices: which question, which fix.</summary>
internal static class ConversationAssertions
{
    /// <summary>The reply asks the question with its answers as buttons.</summary>
    public static DialogTestFlow AssertQuestion(this DialogTestFlow flow, string questionId) => flow.AssertReply(reply =>
    {
        var question = ConversationHarness.Knowledge.Questions[questionId];
        Assert.Equal(question.Text, reply.Text);
        Assert.Equal(question.Answers.Select(a => a.Label), reply.Choices?.Select(c => c.Label) ?? []);
    });

    /// <summary>The reply is the card of this fix.</summary>
    public static DialogTestFlow AssertFix(this DialogTestFlow flow, string fixId) => flow.AssertReply(reply =>
        Assert.Equal(ConversationHarness.Knowledge.Fixes[fixId].Title, Assert.IsType<Heading>(reply.Card?.Blocks[0]).Text));

    public static DialogTestFlow AssertFixQuestion(this DialogTestFlow flow) =>
        flow.AssertReply("Did that fix it?", "Yes", "No", "I can't do this step", "Show me the next one");

    public static DialogTestFlow AssertReplyContains(this DialogTestFlow flow, string expected) =>
        flow.AssertReply(reply => Assert.Contains(expected, reply.Text, StringComparison.Ordinal));

    public static DialogTestFlow AssertAnyReply(this DialogTestFlow flow) => flow.AssertReply(_ => { });
}
