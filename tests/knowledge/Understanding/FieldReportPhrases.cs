namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>
/// How office workers, helpdesk technicians and administrators put things in a first message: command output
/// pasted as it came, a setting said to be off, a telephone call that is not a phone client, a change described
/// in everyday words. Each is read as the fact it states, and only that.
/// </summary>
internal static class FieldReportPhrases
{
    public static readonly TheoryData<string, string> Messages = new()
    {
        // A "not" that belongs to "anymore" says nothing about the history.
        { "it does not connect anymore", "worked-before" },
        // A telephone call or a phone's hotspot is not a phone client; a personal Mac is a Mac.
        { "the helpdesk told me on the phone to restart it", "" },
        { "I connect from my personal MacBook", "mac-or-mobile-client" },
        { "the second attempt succeeds every time", "retry-later-works second-attempt-works" },
        { "only him, the rest of the team is fine", "only-my-account" },
        { "it's completely random", "intermittent" },
        { "she never went back in to sign out", "disconnected-session" },
        { "the battery ran flat and the laptop went black", "session-ended-abruptly" },
        { "with the numbers instead of the name it works", "works-by-ip" },
        // Pasted output.
        { "TcpTestSucceeded       False", "port-unreachable" },
        { "Effective security rules: traffic denied by DenyAllInBound", "nsg-denies-rdp" },
        { "Name        StartType  Status\nKeyIso      Disabled   Stopped\nTermService Manual     Running", "services-disabled cert-service-named rdp-on-on-host" },
        // A setting said to be off is denied.
        { "Drain mode is off", "" },
        { "the vendor's tool means we don't need the VPN", "no-vpn" },
        { "we opened 3389 on the router to reach the PC from outside", "rdp-exposed-to-internet" },
        { "failed logins from user names we don't have", "many-failed-logons" },
        { "the PKI team cleaned up unused certificates", "old-certs-removed" },
        { "the old one was deleted", "old-certs-removed" },
        { "the listener presents a purchased certificate instead of the default one", "cert-from-own-ca" },
        { "the VM picked up last night's cumulative update", "after-windows-update" },
        { "a PC optimizer ran on it", "crypto-folder-changed" },
        { "someone added a sound card driver", "audio-trouble" },
        { "a strict encryption policy is enforced there", "encryption-level-raised" },
        { "the RDP profile is set to TLS only", "security-layer-value-named" },
        { "if I wait five minutes it works", "retry-later-works" },
        { "intranet pages load halfway and then stall", "large-packets-fail" },
        { "small mails come through but anything bigger hangs", "large-packets-fail" },
        { "the shop's router was replaced on Monday", "home-router-changed" },
        { "ping to the server's IP works", "ping-works" },
        { "its certificate is still issued to CN=BUILD-01", "cert-has-old-name" },
        { "the certificate is issued to the template VM", "cert-has-old-name" },
        { "every host I try fails, my other PC works", "every-host-fails other-client-works" },
        { "the Wi-Fi said no internet for a while", "client-network-odd" },
        { "in the afternoon it's never a problem", "busy-hours" },
        { "IT put a new box in the server room", "new-firewall-or-proxy" },
        { "users connect to the Sales collection", "via-connection-broker" },
        { "the program uses the same port as remote desktop", "port-taken-by-program" },
    };
}
