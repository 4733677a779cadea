namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>
/// The clues an engineer hears in a first message written in everyday words: many people signing in at one moment,
/// a host that wakes up when someone touches it, services a clean-up tool switched off, a window closed instead of
/// signing out, a trusted certificate put on to stop the warning, a program that took the port, and what only the
/// user's own PC had changed. A pasted error dialog, a previous server that worked and an admin speaking of themselves
/// do not read as the fact they resemble.
/// </summary>
internal static class EverydayCluePhrases
{
    public static readonly TheoryData<string, string> Messages = new()
    {
        // many connections at one moment, and a host kept off the internet
        { "a wave of logons hits it when the call centre opens", "many-connect-at-once" },
        { "at the start of each lesson the pupils connect", "many-connect-at-once" },
        { "the box is on an isolated network", "rdp-internal-only" },
        { "only the local network, not from the internet", "rdp-internal-only" },
        // a host that sleeps on its network card
        { "it comes back once somebody uses the keyboard in the shop", "woken-by-local-activity" },
        { "it fails first thing in the morning, but works once somebody touches the PC", "busy-hours woken-by-local-activity" },
        { "after a quiet weekend nobody can get in", "idle-machine everyone-affected" },
        { "sleep in the power options is off", "sleep-disabled" },
        // services switched off by a tool or a guide
        { "the update tool disabled dozens of services", "services-disabled" },
        { "a guide listed services you can \"safely disable\" and I did", "services-disabled" },
        { "some crypto services are now disabled", "cert-service-named services-disabled" },
        { "TermService Running Manual", "rdp-on-on-host" },
        // no free session
        { "when one of the others disconnects I get in", "works-when-someone-leaves" },
        { "only two users can be connected at a time", "works-when-someone-leaves" },
        { "the first couple to log in never have a problem", "works-when-someone-leaves" },
        // a session left behind, and the dialog that only says it will disconnect
        { "I ended the remote desktop in Task Manager", "disconnected-session" },
        { "This session will be disconnected. Please try connecting again.", "" },
        // a certificate of its own, and its thumbprint
        { "the consultant put a trusted certificate on it so the security warning would go away", "cert-from-own-ca" },
        { "the thumbprint might have a typo", "cert-from-own-ca bound-cert-missing" },
        { "IT did something with the certificates on Friday", "cert-renewed" },
        { "how do I get a new device certificate", "" },
        { "the cleanup utility rewrote registry keys for remote desktop too", "rdp-listener-settings-changed" },
        // a program on the port
        { "a port forwarding tool was set to start with Windows", "rdp-exposed-to-internet software-installed-on-host" },
        { "the event says the address is already in use", "port-taken-by-program" },
        // strangers knocking, and a Bastion not there
        { "the firewall log shows connections from random IPs all day", "many-failed-logons" },
        { "we haven't set up Bastion yet. the portal shows the traffic", "" },
        { "I open Bastion in the portal to get in", "via-azure-bastion" },
        // new sign-ins only, and the first try that hangs
        { "existing sessions on that host are still fine", "existing-sessions-fine" },
        { "it goes through on the next try, no problem", "second-attempt-works" },
        { "it works on the second try", "second-attempt-works" },
        // the user's own PC
        { "all other laptops connect to it with no trouble", "other-client-works" },
        { "every other computer connects to this server fine", "other-client-works" },
        { "her laptop got a new wireless driver last week", "client-network-software-changed" },
        { "I removed the VPN, it was uninstalled yesterday", "over-vpn client-network-software-changed" },
        { "his PC went from a static IP to DHCP", "client-network-software-changed" },
        { "we have no real IT, just me", "" },
        { "is it just me?", "only-my-account" },
        { "the security team pushed an EDR agent to the servers", "third-party-antivirus" },
        // old clients are not an old host, and the previous server is not this one
        { "I connect from a Windows 7 laptop", "" },
        { "thin clients with Windows 7 embedded", "thin-client old-client-program" },
        { "the old server 2012 was working fine", "host-windows-server worked-before" },
        { "on the old host my client worked", "" },
        // a host that lost its domain
        { "using the local administrator from the VM's setup I got straight in", "local-account-works" },
        { "there are currently no logon servers available", "domain-unreachable-from-host" },
        { "on the host gpupdate fails", "domain-unreachable-from-host" },
        // the network on the way
        { "When I'm working from home it's fine, in the office it fails", "" },
        { "from home it is not working", "at-home" },
        { "we redeployed the VM into the new hub network", "ip-or-network-moved" },
        { "some intranet pages load only half", "large-packets-fail" },
        { "the ping has 20 % loss", "slow-network" },
    };
}
