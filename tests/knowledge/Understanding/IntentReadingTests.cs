using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

public sealed class IntentReadingTests
{
    /// <summary>Message → the intents read, in order, with the host of check and watch requests in brackets.</summary>
    public static readonly TheoryData<string, string> Messages = new()
    {
        { "hello", "Greeting" },
        { "Hi, I get 0x904", "Greeting" },
        { "help", "Help" },
        { "what can you do?", "Help" },
        { "start over", "StartOver" },
        { "strat over", "StartOver" },
        { "cancel", "Cancel" },
        { "cancle", "Cancel" },
        { "never mind", "Cancel" },
        { "I want to talk to a human", "TalkToHuman" },
        { "talk to a humna", "TalkToHuman" },
        { "a real person please", "TalkToHuman" },
        { "agent", "TalkToHuman" },
        { "can you escalate this?", "TalkToHuman" },
        { "please get me a person", "TalkToHuman" },
        { "can I get someone from IT on this", "TalkToHuman" },
        { "let me talk to the helpdesk", "TalkToHuman" },
        { "helpdesk", "TalkToHuman" },
        { "that fixed it", "Worked" },
        { "works now!", "Worked" },
        { "yes it worked", "Worked" },
        { "still broken", "DidNotWork" },
        { "no luck", "DidNotWork" },
        { "same error", "DidNotWork" },
        { "that didn't fix it", "DidNotWork" },
        { "it's not working now", "DidNotWork" },
        { "it doesn't work", "DidNotWork" },
        { "I don't have admin rights", "CannotDoStep" },
        { "I can't do that", "CannotDoStep" },
        { "skip", "NextFix" },
        { "show me the next one", "NextFix" },
        { "what else could it be?", "WhatElse" },
        { "any other causes?", "WhatElse" },
        { "check rdp01.contoso.com", "CheckHost[rdp01.contoso.com]" },
        { "can you test 10.1.2.3:3390", "CheckHost[10.1.2.3:3390]" },
        { "watch rdp01.contoso.com", "WatchHost[rdp01.contoso.com]" },
        { "warn me before the cert on rdp01.contoso.com expires", "WatchHost[rdp01.contoso.com]" },
        { "watch a host", "WatchHost" },
        { "stop watching rdp01.contoso.com", "StopWatching[rdp01.contoso.com]" },
        { "please stop warning me about rdp01.contoso.com", "StopWatching[rdp01.contoso.com]" },
        { "what am I watching?", "ListWatches" },
        { "list my subscriptions", "ListWatches" },
        { "what are the other possible causes?", "WhatElse" },
        { "anything else I could try?", "NextFix" },
        { "hello there, need help", "Greeting Help" },
        { "thx, bye", "Cancel" },
        { "Could you check srv-rdp-07 for me?", "CheckHost[srv-rdp-07]" },
        { "is 10.20.30.40 reachable?", "CheckHost[10.20.30.40]" },
        { "I restarted the VM and it works now", "Worked" },
        { "I restarted the VM but it's still broken", "DidNotWork" },
        { "still getting 0x904", "DidNotWork" },
        // A problem report is not feedback on a fix, and talk about checking is not a request.
        { "it doesn't work, error 0x904", "" },
        { "RDP to my Azure VM is not working", "" },
        { "I get 0x904 and it worked fine yesterday", "" },
        { "I have the same problem as my colleague", "" },
        { "I checked the certificate", "" },
        { "I'll check the server tomorrow", "" },
        { "I restarted the server", "" },
        { "the sophos agent is installed", "" },
        { "the help desk told me to reboot", "" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Understand_Message_ReadsTheIntents(string message, string expected)
    {
        var understanding = UnderstandingFixture.Understander.Understand(message);

        Assert.Equal(expected, string.Join(" ", understanding.Intents.Select(Describe)));
    }

    private static string Describe(Intent intent) => intent.Host is null ? $"{intent.Kind}" : $"{intent.Kind}[{intent.Host}]";
}
