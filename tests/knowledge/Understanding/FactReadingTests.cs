namespace RdpHelpBot.Knowledge.Tests.Understanding;

public sealed class FactReadingTests
{
    /// <summary>Message → the fact ids read, in order of appearance; empty when there is none.</summary>
    public static readonly TheoryData<string, string> Messages = new()
    {
        { "It's an Azure VM", "host-azure-vm" },
        { "azrue vm", "host-azure-vm" },
        { "I can't connect to my Azure VM", "host-azure-vm" },
        { "It's not an Azure VM", "" },
        { "Windows Server 2019", "host-windows-server server-2019-2022" },
        { "it runs Server 2022", "host-windows-server server-2019-2022" },
        { "I upgraded to Windows 11 last week", "upgraded-windows-11" },
        { "I connect over VPN", "over-vpn" },
        { "not over VPN", "no-vpn" },
        { "no VPN", "no-vpn" },
        { "we don\u2019t use a VPN", "no-vpn" },
        { "no vpn. actually, we are on the vpn", "over-vpn" },
        { "it works by IP address", "works-by-ip" },
        { "by IP it fails too", "ip-also-fails" },
        { "it worked before", "worked-before" },
        { "stopped working this morning", "worked-before" },
        { "it has never worked", "never-worked" },
        { "it never worked before", "never-worked" },
        { "nothing changed", "nothing-changed" },
        { "we didn't change anything", "nothing-changed" },
        { "it started after Windows Update", "after-windows-update" },
        { "since the latest cumulative update", "after-windows-update" },
        { "the certificate was renewed", "cert-renewed" },
        { "certficate renewed on monday", "cert-renewed" },
        { "we use CyberArk", "hardened-baseline" },
        { "the host has a hardened baseline", "hardened-baseline" },
        { "others can connect, only my account fails", "only-my-account" },
        { "others can't connect either", "everyone-affected" },
        { "nobody can connect", "everyone-affected" },
        { "my credentials are accepted then it drops", "credentials-accepted-then-dropped" },
        { "it fails before the password prompt", "before-password-prompt" },
        { "it doesn't even ask for my password", "before-password-prompt" },
        { "we have Sophos on it", "third-party-antivirus" },
        { "there is third-party antivirus on the host", "third-party-antivirus" },
        { "the machine was idle overnight", "idle-machine" },
        { "many users connect at once", "many-users many-connect-at-once" },
        { "I use the Store app", "store-app" },
        { "with mstsc.exe", "mstsc-client" },
        { "I'm not using the Store app", "mstsc-client" },
        { "the security layer policy was changed", "security-layer-changed" },
        { "the VPN is very slow", "over-vpn slow-network" },
        { "slow VPN", "slow-network over-vpn" },
        { "Azure VM, over VPN, worked yesterday", "host-azure-vm over-vpn worked-before" },
        { "the cert on rdp01.contoso.com expired and we renewed it today", "cert-renewed" },
        { "I can connect with the IP but not with the name", "works-by-ip" },
        { "I can't connect with the IP either", "ip-also-fails" },
        { "no one in the office can connect since the patch tuesday updates", "everyone-affected after-windows-update" },
        { "I switched from mstsc to the Remote Desktop app", "store-app" },
        { "I get error 0x904 on rdp01.contoso.com:3390", "port-changed" },
        { "I have the same problem as my colleague", "everyone-affected" },
        { "others can't connect but I can", "everyone-affected" },
        { "I can't connect over VPN", "over-vpn" },
        { "VPN: no", "no-vpn" },
        { "it has worked for years, nothing changed, no updates", "worked-before nothing-changed" },
        // Nothing to read.
        { "I sign in with my Azure AD account", "" },
        { "I have 3 servers", "" },
        { "port 3389", "" },
        { "show me the next one", "" },
        { "error code 0x904", "" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    [MemberData(nameof(ScopeAndPlatformPhrases.Messages), MemberType = typeof(ScopeAndPlatformPhrases))]
    [MemberData(nameof(HostObservationPhrases.Messages), MemberType = typeof(HostObservationPhrases))]
    [MemberData(nameof(ParaphrasePhrases.Messages), MemberType = typeof(ParaphrasePhrases))]
    [MemberData(nameof(FieldReportPhrases.Messages), MemberType = typeof(FieldReportPhrases))]
    [MemberData(nameof(EverydayCluePhrases.Messages), MemberType = typeof(EverydayCluePhrases))]
    public void Understand_Message_ReadsTheFactsSaid(string message, string expected)
    {
        var understanding = UnderstandingFixture.Understander.Understand(message);

        Assert.Equal(expected, string.Join(" ", understanding.Facts));
    }
}
