using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>A fix the user says they already tried in vain is read as tried; one merely named, denied or that helped is not.</summary>
public sealed class TriedFixReadingTests
{
    private static IReadOnlyList<string> TriedIn(string message) => UnderstandingFixture.Understander.Understand(message).TriedFixes;

    [Theory]
    [InlineData("we already tried redeploying the vm, same error", "restart-or-redeploy-azure-vm")]
    [InlineData("I rebooted the server three times this morning and nothing changed", "restart-host")]
    [InlineData("our Azure VM was restarted twice, no change", "restart-or-redeploy-azure-vm")]
    [InlineData("I already rebooted my PC, same error", "restart-your-pc")]
    [InlineData("restarted my laptop twice but still 0x904", "restart-your-pc")]
    [InlineData("we restarted my work PC at the office, still the same", "restart-host")]
    [InlineData("0x904 again. The VM was restarted from the portal, still the same", "restart-or-redeploy-azure-vm")]
    [InlineData("our admin deleted the old rdp certificate already", "renew-rdp-certificate")]
    [InlineData("regenerating the self-signed cert didn't help at all", "renew-rdp-certificate")]
    [InlineData("I logged off my disconnected session via task manager but still 0x904", "end-stuck-session")]
    [InlineData("did netsh winsock reset on my laptop, no difference", "reset-client-network-stack")]
    [InlineData("even paused the antivirus for ten minutes, still fails", "test-without-third-party-security")]
    public void Understand_FixTriedInVain_IsReadAsTried(string message, string fixId) =>
        Assert.Equal([fixId], TriedIn(message));

    [Theory]
    [InlineData("haven't tried restarting the vm yet, is that worth doing? 0x904")]
    [InlineData("we haven't redeployed yet, it still gives 0x904")]
    [InlineData("I couldn't get the server rebooted today and users still get 0x904")]
    [InlineData("never renewed the certificate, still 0x904 on the azure vm")]
    public void Understand_DeniedAttempt_IsNotTried(string message) =>
        Assert.Empty(TriedIn(message));

    [Theory]
    [InlineData("we renewed the certificate on friday and since then 0x904")]
    [InlineData("should I restart the server? getting 0x904")]
    [InlineData("rebooted the server and it worked for a day, now 0x904 is back")]
    [InlineData("the server rebooted for updates last night and now we get 0x904")]
    public void Understand_ActionWithoutAFailedAttempt_IsNotTried(string message) =>
        Assert.Empty(TriedIn(message));

    [Fact]
    public void Understand_ServerRestartedInVain_IsRecordedUnderATitleTrueForAnyHost()
    {
        var fix = UnderstandingFixture.LoadKnowledge().Fixes[Assert.Single(TriedIn("file server, 0x904. Rebooted the server already, same error"))];

        Assert.DoesNotContain("Azure", fix.Title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Understand_TwoFixesTried_BothInTheOrderSaid() =>
        Assert.Equal(
            ["renew-rdp-certificate", "restart-or-redeploy-azure-vm"],
            TriedIn("Azure VM, 0x904. Already replaced the RDP cert and redeployed the VM, no change at all."));

    [Fact]
    public void Diagnose_RedeployTriedInVain_LowersTheCausesItAddresses()
    {
        var knowledge = UnderstandingFixture.LoadKnowledge();
        var engine = new DiagnosisEngine(knowledge);
        var named = UnderstandingFixture.Understander.Understand("my azure vm gives 0x904, should I redeploy it?");
        var tried = UnderstandingFixture.Understander.Understand("my azure vm gives 0x904, already redeployed it, same error");
        double Disabled(Knowledge.Understanding.Understanding read) =>
            engine.Diagnose(CaseEvidence.Empty.WithReading(read, knowledge)).Causes.Single(c => c.Cause.Id == "rdp-disabled").Probability;

        Assert.True(Disabled(tried) < Disabled(named) * 0.9, $"{Disabled(tried)} vs {Disabled(named)}");
    }
}
