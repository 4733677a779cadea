namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>
/// What users say about the kind of host, the way to it, who and what is affected, what changed, their client
/// and their rights is read as the knowledge's facts.
/// </summary>
internal static class ScopeAndPlatformPhrases
{
    public static readonly TheoryData<string, string> Messages = new()
    {
        { "our AVD session hosts give 0x904", "host-avd" },
        { "We use Azure Virtual Desktop", "host-avd" },
        { "I connect to my Windows 365 Cloud PC", "host-windows-365" },
        { "I connect through our RD Gateway", "via-rd-gateway" },
        { "some of my users can connect, others get 0x904", "some-users-affected" },
        { "other servers work fine, only this server fails", "only-this-host" },
        { "I can't connect to any server", "every-host-fails" },
        { "it works fine from the office but not from home", "other-network-works" },
        { "it fails every morning when everyone logs in", "busy-hours" },
        { "we patched the servers last night", "host-updated" },
        { "the server got the latest patches on Sunday", "host-updated" },
        { "I can't get into my computer at work from home", "at-home" },
        { "they moved our whole team to the 3rd floor", "ip-or-network-moved" },
        { "the firewall rules were changed yesterday", "network-rules-changed" },
        { "we moved the VM to a new subnet", "ip-or-network-moved" },
        { "there is a new firewall doing SSL inspection", "new-firewall-or-proxy tls-inspection-said" },
        { "I use the Windows App on my Mac", "windows-app-client mac-or-mobile-client" },
        { "from a thin client (IGEL)", "thin-client" },
        { "I'm not an admin", "no-admin-rights" },
        { "I'm the admin of these servers", "is-admin" },
        { "the antivirus is managed by IT, I cannot disable it", "third-party-antivirus security-software-managed" },
        { "the host still answers ping", "ping-works" },
        { "the event log shows Schannel 36874", "tls-handshake-error" },
    };
}
