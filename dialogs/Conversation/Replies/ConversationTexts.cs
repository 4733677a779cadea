using System.Globalization;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>The fixed things the bot says.</summary>
internal static class ConversationTexts
{
    public const string Welcome =
        "Hi! I help when Remote Desktop fails with **error 0x904** (extended error **0x7**). I ask you a few " +
        "questions about your setup, then suggest fixes one at a time, most likely first, with the exact steps. " +
        "I can also explain other Remote Desktop error codes, check a host for you where host checks are switched " +
        "on, and hand your case to the helpdesk if you'd rather talk to a human. To start, tell me what you see, " +
        "for example: \"I get error 0x904 on my Azure VM\".";

    public const string Help =
        "Tell me the error you see (for example \"0x904, extended 0x7\") and I'll ask a few questions, then " +
        "suggest fixes one at a time. Any time you can say **what else could it be?**, **talk to a human**, " +
        "**start over** or **cancel**.";

    public static string NotAllRead(int read) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Your message is long, so I read only its first {read:N0} characters; if something important comes later, send it on its own.");

    public const string NotAProblem = "I didn't catch a Remote Desktop error in that.";

    public const string NoHostChecks =
        "Host checks are not switched on in this conversation. Tell me the error you see and I'll help you find the cause.";

    public const string WhichHost =
        "Which computer shall I check? Tell me its name or address, for example: check rdp01.contoso.com";

    public const string CheckDeclined = "OK, I won't check it.";

    public static string OfferCheck(string host) =>
        $"Shall I check {host}? I'd test its Remote Desktop port and certificate from here; it takes a few seconds.";

    public const string NoWatch =
        "I can't warn you about certificates in this chat: the certificate watch does not run here. Ask me in Teams, Slack or the web chat.";

    public const string WhichHostToWatch =
        "Which host shall I watch? Tell me its name or address, for example: watch rdp01.contoso.com";

    public const string WhichHostToStop =
        "Which host shall I stop watching? For example: stop watching rdp01.contoso.com. Say \"what am I watching\" to see them all.";

    public static string OfferWatch(string host) =>
        $"Shall I warn you before the RDP certificate of {host} expires? I'd check it every few hours and message you 30, 14, 7, 3 and 1 days before.";

    public static string WatchDeclined(string host) => $"OK, I won't warn you about {host}, and I won't ask again.";

    public static string RenewStarts(string host) =>
        $"Let's renew the RDP certificate of **{host}**. Here is what to do first; tell me how it goes.";

    public const string OpenCase = "Let's find the cause.";

    public const string OpenCaseWithoutCode =
        "Let's find out what's wrong. If you see an error code, tell me.";

    public const string OtherCodeClosing =
        "I can walk you through **0x904** step by step; if you see that one too, just tell me.";

    public const string Cancelled = "OK, I've closed this case. Tell me the error you see whenever you want to start again.";

    public const string ClosedWhileAway =
        "I haven't heard from you in a while, so I've closed this case. If you still can't connect, write to me again and we'll start from the error you see.";

    public const string StartOver = "Let's start over. What error do you see? For example: \"I get error 0x904 on my Azure VM\".";

    public const string QuestionGaveUp = "Let's leave that question.";

    public const string DidThatFixIt = "Did that fix it?";

    public const string NextFix = "OK, here's the next one.";

    public const string CannotDo = "No problem, I've noted that you couldn't do that one.";

    public const string DidNotWork = "Sorry that didn't help.";

    public const string NotedAsTried = "Noted: I've put that down as already tried without success, and I won't suggest it.";

    public const string OfferPersonWhileUnsure =
        "I'm not sure yet what's behind it. Shall I hand your case to a person at the helpdesk, with everything we " +
        "found? If not, we'll go on with the next fix.";

    public const string OfferPersonForHostRights =
        "That step needs administrator rights on the computer you connect to. Shall I hand your case to a person at " +
        "the helpdesk, with everything we found? If not, I'll show you what else you can try.";

    public const string OfferPersonForEveryone =
        "Since nobody can connect to that computer, the helpdesk may want to know at once. Shall I hand your case to a " +
        "person there now, with everything we found? If not, we'll go on with the fixes.";

    public const string PersonOfferDeclined = "OK, let's keep going.";

    public const string AnswerCorrected = "OK, I've put that right.";

    public const string FixDeclined =
        "Understood, we'll leave that one out; I won't count it as a failed fix. If it has to be done, the host's " +
        "administrator or the helpdesk can plan it (say **talk to a human**). Here's another option:";

    public const string AskYourAdmin =
        "This one is done on the computer you connect to, so it needs its administrator: forward these steps to them, " +
        "or say **talk to a human** and I'll pass your case to the helpdesk.";

    public const string FixesExhausted = "That was the last fix I have for this case.";

    public const string OfferEscalation = "Shall I record your case for the helpdesk, with everything we found?";

    public const string EscalationDeclined =
        "OK, I've closed the case without handing it over. Tell me the error again whenever you want to start over.";
}
