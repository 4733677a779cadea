using RdpHelpBot.Dialogs.Tests.Testing;

namespace RdpHelpBot.Dialogs.Tests.Conversation;

/// <summary>The usual ways into a case, so each test starts where its story begins.</summary>
internal static class ConversationOpenings
{
    public const string VagueReport = "I get 0x904";

    public const string AzureReport = "I get error 0x904 extended 0x7 on my Azure VM";

    /// <summary>
    /// A vague report: the bot first asks what changed; the user does not know, so it asks whether others can
    /// connect.
    /// </summary>
    public static DialogTestFlow AtFirstQuestion(this DialogTestFlow flow) =>
        flow.Send(VagueReport)
            .AssertReplyContains("Error 0x904")
            .AssertQuestion("recent-change")
            .Click("not-sure")
            .AssertQuestion("others-affected");

    /// <summary>An Azure VM where nothing changed: the expired certificate leads and its fix comes first.</summary>
    public static DialogTestFlow AtFirstFix(this DialogTestFlow flow) =>
        flow.Send(AzureReport)
            .AssertReplyContains("Error 0x904")
            .AssertQuestion("recent-change")
            .Click("nothing")
            .AssertFix("renew-rdp-certificate")
            .AssertFixQuestion();
}
