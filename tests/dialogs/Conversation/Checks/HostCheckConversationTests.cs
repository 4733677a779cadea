using RdpHelpBot.Dialogs.Conversation;
using RdpHelpBot.Dialogs.Tests.Testing;

namespace RdpHelpBot.Dialogs.Tests.Conversation.Checks;

public sealed class HostCheckConversationTests
{
    private const string Refusal = "rdp01.fabrikam.com is not on the list of hosts I may check.";
    private const string Offer = "Shall I check rdp01.contoso.com? I'd test its Remote Desktop port and certificate from here; it takes a few seconds.";

    [Fact]
    public async Task Check_DuringFixesFindsExpiredCertificate_RenewingTheCertificateBecomesTheFirstFix()
    {
        await new ConversationHarness { HostChecks = ExpiredCertificate() }.Flow()
            .AtPrivateKeyFix()
            .Send("check rdp01.contoso.com")
            .AssertReplyContains("The certificate (CN=rdp01) expired 3 days ago.")
            .AssertAnyReply()
            .AssertFix("renew-rdp-certificate")
            .AssertFixQuestion()
            .StartTestAsync();
    }

    [Fact]
    public async Task Check_DuringFixesMovesTheLeadingCause_SaysSo()
    {
        await new ConversationHarness { HostChecks = ExpiredCertificate() }.Flow()
            .AtPrivateKeyFix()
            .Send("can you check rdp01.contoso.com")
            .AssertAnyReply()
            .AssertReply("That changes the picture: the most likely cause is now that the host's self-signed RDP certificate expired and was not renewed.")
            .AssertAnyReply()
            .AssertFixQuestion()
            .StartTestAsync();
    }

    [Fact]
    public async Task Check_FindingsReply_ListsProblemsBeforeHealthyFindings()
    {
        await new ConversationHarness { HostChecks = ExpiredCertificate() }.Flow()
            .AtPrivateKeyFix()
            .Send("check rdp01.contoso.com")
            .AssertReply(
                $"{FakeHostChecks.Summary}\nI found this:\n- {FakeHostChecks.CertificateExpired.Text}\n- {FakeHostChecks.ListenerOk.Text}")
            .AssertAnyReply()
            .AssertAnyReply()
            .AssertAnyReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Check_FindsNothingAbnormal_SaysSo()
    {
        var checks = new FakeHostChecks([FakeHostChecks.ListenerOk, FakeHostChecks.CertificateValid]);
        await new ConversationHarness { HostChecks = checks }.Flow()
            .AtFirstQuestion()
            .Send("check rdp01.contoso.com")
            .AssertReply($"{FakeHostChecks.Summary}\nNothing abnormal:\n- {FakeHostChecks.ListenerOk.Text}\n- {FakeHostChecks.CertificateValid.Text}")
            .AssertAnyReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Check_Refused_ShowsThePolicyMessageAndAsksTheQuestionAgain()
    {
        await new ConversationHarness { HostChecks = new FakeHostChecks([], Refusal) }.Flow()
            .AtFirstQuestion()
            .Send("check rdp01.fabrikam.com")
            .AssertReply(Refusal)
            .AssertQuestion("others-affected")
            .StartTestAsync();
    }

    [Fact]
    public async Task Check_Refused_AddsNothingToTheCase()
    {
        var harness = new ConversationHarness { HostChecks = new FakeHostChecks([FakeHostChecks.CertificateExpired], Refusal) };
        await harness.Flow()
            .AtFirstQuestion()
            .Send("check rdp01.fabrikam.com")
            .AssertAnyReply()
            .AssertAnyReply()
            .Send("cancel")
            .AssertAnyReply()
            .StartTestAsync();

        Assert.DoesNotContain((await harness.SingleOutcomeAsync()).Facts, fact => fact.StartsWith("check-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_AsFirstMessage_OpensACaseWithTheFindingsAsEvidence()
    {
        await new ConversationHarness { HostChecks = ExpiredCertificate() }.Flow()
            .Send("check rdp01.contoso.com")
            .AssertReplyContains("expired 3 days ago")
            .AssertReply("Let's find the cause.")
            .AssertFix("renew-rdp-certificate")
            .AssertFixQuestion()
            .StartTestAsync();
    }

    [Fact]
    public async Task Check_AsFirstMessageRefused_OpensNoCase()
    {
        var harness = new ConversationHarness { HostChecks = new FakeHostChecks([], Refusal) };
        await harness.Flow()
            .Send("check rdp01.fabrikam.com")
            .AssertReply(Refusal)
            .Send("hello")
            .AssertReplyContains("Hi!")
            .StartTestAsync();
    }

    [Fact]
    public async Task Check_WithoutAHostKnown_AsksWhichHost()
    {
        await new ConversationHarness { HostChecks = ExpiredCertificate() }.Flow()
            .AtFirstQuestion()
            .Send("can you check the server")
            .AssertReply(ConversationTexts.WhichHost)
            .AssertQuestion("others-affected")
            .StartTestAsync();
    }

    [Fact]
    public async Task Check_WhenChecksAreOff_SaysSoAndAsksTheQuestionAgain()
    {
        await new ConversationHarness().Flow()
            .AtFirstQuestion()
            .Send("check rdp01.contoso.com")
            .AssertReply(ConversationTexts.NoHostChecks)
            .AssertQuestion("others-affected")
            .StartTestAsync();
    }

    [Fact]
    public async Task Offer_HostNamedInTheReport_IsOfferedWithYesAndNo()
    {
        await new ConversationHarness { HostChecks = ExpiredCertificate() }.Flow()
            .Send("I get 0x904 when I connect to rdp01.contoso.com")
            .AssertAnyReply()
            .AssertReply(Offer, "Yes", "No")
            .StartTestAsync();
    }

    [Fact]
    public async Task Offer_Declined_IsNotMadeAgainInTheCase()
    {
        var checks = ExpiredCertificate();
        await new ConversationHarness { HostChecks = checks }.Flow()
            .Send("I get 0x904 when I connect to rdp01.contoso.com")
            .AssertAnyReply()
            .AssertReply(Offer, "Yes", "No")
            .Click("no")
            .AssertReply(ConversationTexts.CheckDeclined)
            .AssertQuestion("recent-change")
            .Click("not-sure")
            .AssertQuestion("others-affected")
            .Send("nobody can connect to rdp01.contoso.com")
            .AssertQuestion("history")
            .StartTestAsync();

        Assert.Empty(checks.Checked);
    }

    [Fact]
    public async Task Offer_Accepted_ChecksTheHostAndWeighsWhatItFound()
    {
        await new ConversationHarness { HostChecks = ExpiredCertificate() }.Flow()
            .Send("I get 0x904 when I connect to rdp01.contoso.com")
            .AssertAnyReply()
            .AssertReply(Offer, "Yes", "No")
            .Click("yes")
            .AssertReplyContains("expired 3 days ago")
            .AssertFix("renew-rdp-certificate")
            .AssertFixQuestion()
            .StartTestAsync();
    }

    [Fact]
    public async Task Offer_HostNamedLater_IsOfferedBeforeTheNextQuestion()
    {
        await new ConversationHarness { HostChecks = ExpiredCertificate() }.Flow()
            .AtFirstQuestion()
            .Send("nobody can, the server is rdp01.contoso.com")
            .AssertReply(Offer, "Yes", "No")
            .StartTestAsync();
    }

    [Fact]
    public async Task Offer_UserMayNotRunChecks_IsNotMade()
    {
        var checks = new FakeHostChecks([FakeHostChecks.CertificateExpired]) { Available = false };
        await new ConversationHarness { HostChecks = checks }.Flow()
            .Send("I get 0x904 when I connect to rdp01.contoso.com")
            .AssertAnyReply()
            .AssertQuestion("recent-change")
            .StartTestAsync();
    }

    private static FakeHostChecks ExpiredCertificate() => new([FakeHostChecks.ListenerOk, FakeHostChecks.CertificateExpired]);
}

/// <summary>Where the check tests begin.</summary>
internal static class HostCheckOpenings
{
    /// <summary>A renewed certificate and a drop before the password prompt: the unreadable private key leads (a person declined).</summary>
    public static DialogTestFlow AtPrivateKeyFix(this DialogTestFlow flow) =>
        flow.Send("I get 0x904 since we renewed the certificate, nobody can connect")
            .AssertAnyReply()
            .AssertQuestion("history")
            .Click("yes")
            .AssertQuestion("failure-stage")
            .Click("before-prompt")
            .AssertReplyContains("Since nobody can connect to that computer")
            .Click("no")
            .AssertReply("OK, let's keep going.")
            .AssertFix("grant-private-key-read")
            .AssertFixQuestion();
}
