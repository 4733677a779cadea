namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>
/// The many ways people say the same thing (paraphrases, non-native phrasing, what admins paste, the words of the
/// causes' own descriptions) are read as the same facts, and a denial, a working side or a slow PC does not read
/// as the fact it resembles.
/// </summary>
internal static class ParaphrasePhrases
{
    public static readonly TheoryData<string, string> Messages = new()
    {
        // the client and the other client that works
        { "I use the Store RD app", "store-app" },
        { "the Store app is very old, updates are managed by my organization", "store-app old-client-program" },
        { "if I open mstsc on the same laptop and type the same computer name it connects fine", "other-client-works" },
        { "With the other program it enters normal", "other-client-works" },
        { "Users on the Windows App are fine", "other-client-works windows-app-client" },
        { "Second PC on the same desk connects fine", "other-client-works" },
        { "my wife's laptop on the same wifi opens it", "other-client-works" },
        { "my colleague's PC doesn't connect either", "" },
        // port tests and what holds the port
        { "telnet to 3389 connects, but mstsc just fails right away", "port-answers mstsc-client" },
        { "the port isn't reachable from outside", "port-unreachable" },
        { "the firewall does not let RDP traffic through", "port-unreachable" },
        { "nothing listens on the remote desktop port", "rdp-off-on-host" },
        { "its service is not running", "rdp-off-on-host" },
        { "a service the RDP certificate needs is disabled", "" },
        { "the vendor's tool also uses port 3389", "port-taken-by-program" },
        { "the tool does not use port 3389", "" },
        { "port 3389 is answered by something other than Remote Desktop", "port-taken-by-program" },
        { "the listener couldn't be started", "port-taken-by-program" },
        { "PID 6120 is the vendor's gateway service, not svchost", "port-taken-by-program" },
        { "I installed xrdp on that box", "software-installed-on-host port-taken-by-program" },
        // exposure and password guessing
        { "the security log is full of failed logins", "many-failed-logons" },
        { "the server is hammered with login attempts", "many-failed-logons" },
        { "router log shows tons of connections from ips we don't know", "many-failed-logons" },
        { "the logs are not full of failed logins", "" },
        { "I forwarded port 3389 on my home router", "rdp-exposed-to-internet at-home" },
        { "we have not forwarded port 3389", "rdp-internal-only" },
        { "the server is directly on the internet", "rdp-exposed-to-internet" },
        // names and addresses
        { "mstsc /v:10.0.22.40 works", "works-by-ip mstsc-client" },
        { "Ping to the private IP works", "ping-works" },
        { "the server got a new address when they moved it", "ip-or-network-moved" },
        { "the host name points at the wrong address", "name-resolves-to-old-address" },
        // certificates
        { "I deleted the old one because it showed expired", "old-certs-removed" },
        { "the thumbprint in the registry is still the old one", "cert-from-own-ca bound-cert-missing" },
        { "the listener is set to a custom certificate", "cert-from-own-ca" },
        { "The server name on the certificate is incorrect.", "cert-has-old-name" },
        // inspecting proxies and other networks
        { "the new SSL-inspecting proxy went in last month", "new-firewall-or-proxy tls-inspection-said" },
        { "the certificate was issued by Contoso Web Security Gateway Root CA", "tls-inspection-said" },
        { "there is no SSL inspection on our network", "" },
        { "security pushed a root certificate of their own to every laptop so the proxy can read https", "tls-inspection-said" },
        { "office apps keep complaining about the certificate since the firewall swap", "tls-inspection-said new-firewall-or-proxy" },
        { "I read that TLS 1.2 must be enabled", "" },
        { "I see TLS errors in the event log", "tls-handshake-error" },
        { "we replaced the firewall at the weekend", "new-firewall-or-proxy" },
        { "the server was patched over the weekend", "host-updated" },
        { "It fails at the office. From home it is working.", "other-network-works" },
        // what others see
        { "the other admins log in to that server without any trouble", "only-my-account" },
        { "my manager connects to it fine from her laptop", "only-my-account" },
        { "my manager connects to his own pc fine", "" },
        // a date that has passed
        { "the certificate in the Remote Desktop store has an end date of last Monday", "cert-expired-said" },
        { "the expiry date on the rdp cert was 3 days ago", "cert-expired-said" },
        { "the cert expired last week but we renewed it yesterday", "cert-renewed" },
        { "Same laptop at home: fine.", "other-network-works at-home" },
        // scope
        { "I cannot connect with Remote Desktop to any server", "every-host-fails" },
        { "All RDP hosts give 0x904", "every-host-fails" },
        { "only my login breaks", "only-my-account" },
        // timing and updates
        { "at 8am rush some users fail", "busy-hours some-users-affected" },
        { "after one or two minutes retry it works", "retry-later-works" },
        { "after this week's updates RDP fails", "after-windows-update" },
        { "the servers that haven't patched yet are fine", "after-windows-update" },
        { "Get-HotFix shows two updates from Friday", "after-windows-update" },
        { "a recent Windows update changed the firewall rules for the RDP port", "after-windows-update network-rules-changed rdp-firewall-rules-off" },
        { "IT reinstalled Windows because it was very slow", "host-reinstalled" },
        // the causes' own words
        { "the TLS versions the client needs are disabled on the host", "tls-hardened" },
        { "the limit on half-open connections is too low", "incomplete-connections-logged" },
        { "we hit the session limit", "works-when-someone-leaves" },
        { "the registry settings of the RDP listener were changed", "rdp-listener-settings-changed" },
        { "we run security software other than Defender", "third-party-antivirus" },
        { "my colleagues in the new office connect without any problem", "only-my-account" },
        { "From home, I can RDP to the VMs without any issue", "other-network-works at-home" },
        { "maybe the NSG blocks the RDP port", "port-unreachable" },
        { "the network card is set to save power", "network-adapter-mentioned" },
        { "my network settings are messed up", "client-network-odd" },
        { "the listener points at a certificate that was deleted", "cert-from-own-ca bound-cert-missing" },
        { "login attempts from unknown countries", "many-failed-logons" },
        { "the cert ran out and Windows didn't roll a new one", "cert-expired-said cert-not-regenerated" },
        { "how do I get a new cert generated?", "" },
        { "the self-signed cert on the server expired", "cert-expired-said" },
        { "the cert is not expired", "" },
        { "we found the expired self-signed cert in the store", "cert-expired-said" },
        { "the old cert expired so we imported the new one", "" },
        { "the cert expires next month", "" },
        { "the VPN client keeps reconnecting", "over-vpn slow-network" },
        { "is our network just overloaded?", "slow-network" },
        { "I connect on the train", "slow-network" },
        { "we used one of those RDP configuration tools", "rdp-listener-settings-changed" },
        { "we changed the name of one session host", "host-renamed many-users" },
        { "If I drain that one host, nobody has the problem.", "" },
        { "nobody gets in since this morning", "everyone-affected worked-before" },
        { "we drained the host yesterday", "drain-mode" },
        { "I installed the app ages ago from the Microsoft Store", "old-client-program store-app" },
        { "the thumbprnit in the regsitry is still the old one", "cert-from-own-ca bound-cert-missing" },
        { "we want to rename the server", "" },
        { "my work computer wont connect", "host-windows-pc" },
        { "from the office it doesn't work either", "" },
        { "other servers don't connect either", "" },
        { "from the office it works fine", "other-network-works" },
        { "the self-signed cert expired and was not renewed", "cert-expired-said" },
        { "through the browser at windows365.microsoft.com it works", "other-client-works web-client host-windows-365" },
        // a failure told in one sentence, the condition it works under in the next
        { "Every attempt dies with 0x904 over the VPN. Without the VPN it's fine.", "over-vpn other-network-works" },
        { "RDP to the box keeps failing. Without a VPN, sitting in the office, it works.", "other-network-works" },
        { "The Azure VM is fine in the portal. RDP to it fails with 0x904.", "host-azure-vm" },
        { "From my work laptop I use rdesktop. RDP to the server fails with 0x904.", "third-party-client old-client-program" },
        { "The Store app fails with 0x904. On my other laptop mstsc connects without problems, and the web version works too.", "store-app other-client-works" },
        // ping that answers next to RDP that fails, and what Test-NetConnection prints
        { "ping ok, rdp fails right away", "ping-works" },
        { "PingSucceeded : False", "ping-fails" },
        { "PingSucceeded : True", "ping-works" },
        // someone leaving lets the next one in, said without "when"
        { "somebody signs out and then the next guy gets in", "works-when-someone-leaves" },
        // the plain verb with when it happened, as people write who learned English later
        { "we rename the box from SRV7 to FILES01", "host-renamed" },
        { "they rename the server two days ago", "host-renamed" },
        { "the certificate, our admin replace it one week ago", "cert-renewed" },
        { "our admin renew the remote desktop cert 3 days ago", "cert-renewed" },
        { "the certificate, we did not replace it last month", "" },
        // failing most of the time, said by what works now and then
        { "it keeps failing, but not always", "intermittent" },
        { "sometimes it connects, on the second or third try", "intermittent" },
        { "the connection fails, then it gets through after a few tries", "intermittent" },
        // an aside between the certificate and what happened to it
        { "the rdp cert on that vm (the old 2016 one, not joined to the domain) has run out", "cert-expired-said" },
        // what a colleague has with their own machine says nothing about this host
        { "a colleague told me his works fine to his own PC", "" },
        { "my coworkers connect fine", "only-my-account" },
        // a firewall rule for a port is not a port test
        { "the firewall rule only has port 3389 open, not the new one", "" },
        { "Test-NetConnection says port 3389 is open", "port-answers" },
        // what someone else does with their session is theirs, and a session still in use keeps working
        { "my boss never logs off, he just closes the window", "" },
        { "I never log off", "disconnected-session" },
        { "my colleague who never signs out is still logged in on the server", "existing-sessions-fine" },
        { "it started after I logged off yesterday", "worked-before signed-out" },
        // a public address connected to directly
        { "I connect to 52.174.20.9 with mstsc", "rdp-exposed-to-internet mstsc-client" },
        { "I connect to 192.168.1.40 with mstsc", "mstsc-client" },
        { "I use the address they gave me, it starts with 81.something", "rdp-exposed-to-internet" },
        { "my own public IP starts with 81.something", "" },
        // what an update did is not updates being turned off
        { "is there something the update turned off?", "" },
        { "updates are turned off on that server", "host-long-unpatched" },
        // renames said as a noun, and RemoteApp programs, which come through a Connection Broker
        { "the remote apps fail since the server renames", "via-connection-broker host-renamed" },
        { "over the weekend they gave the servers new names", "host-renamed" },
        { "over the weekend nobody used the PC", "idle-machine" },
        { "since IT gave our servers new names at the weekend", "host-renamed" },
        { "the remote apps on my mac fail", "mac-or-mobile-client" },
        // others said fine without a verb, and a policy refresh
        { "other users on Windows 11 fine", "only-my-account" },
        { "my colleague said the network is fine", "" },
        { "my colleague is still working on the server migration", "" },
        { "the server had a policy refresh on Sunday", "group-policy-changed" },
        // tuning tools switch services off
        { "he ran one of those PC speed-up programs", "services-disabled" },
        { "the tool turned off a bunch of stuff", "services-disabled" },
        { "I ran a PC optimizer tool", "services-disabled crypto-folder-changed" },
        // a security agent rolled out, and the PC connected to swapped (the host, not the client)
        { "we rolled out a new EDR agent to the servers", "software-installed-on-host security-software-changed third-party-antivirus" },
        { "since IT swapped my PC that it connects to", "host-reinstalled" },
        { "IT swapped my laptop last week", "new-client-device" },
        { "I use a 3rd party rdp app on my mac", "third-party-client mac-or-mobile-client" },
        // no loss is not a lossy network, and big transfers that hang
        { "ping over the VPN is fast, 0% loss", "over-vpn" },
        { "the link shows 5% packet loss", "slow-network" },
        { "bigger things like copying a file to the share just hang", "large-packets-fail" },
        // everyone in a place, services switched off to speed things up, updates that restart the host
        { "everyone on the third floor gets the same error", "everyone-affected" },
        { "the whole finance team has it", "everyone-affected" },
        { "they closed lots of services on the server", "services-disabled" },
        { "the script removes services we don't need", "services-disabled" },
        { "the guy tidied up the server so it would run faster", "services-disabled" },
        { "the update last night made the server reboot", "host-updated" },
        { "our VM does automatic updates on Sundays", "host-updated" },
        // a host rebuilt or moved to new hardware, a firewall replaced, early arrivals still in
        { "they gave it a fresh copy of Windows", "host-reinstalled" },
        { "the database server was moved to new hardware", "host-reinstalled" },
        { "since the firewall replacement last week", "new-firewall-or-proxy" },
        { "the server now sits behind the new core firewall", "new-firewall-or-proxy" },
        { "the people who logged in early are fine", "existing-sessions-fine" },
        { "the early starters got in", "existing-sessions-fine" },
        // a certificate naming another machine, tightened security, only one named host
        { "the certificate warning had a different computer name", "tls-handshake-error cert-has-old-name" },
        { "IT tightened security last month", "hardened-baseline" },
        { "it started after the compliance project", "hardened-baseline" },
        { "only host rds-03 fails", "only-this-host" },
        { "other app servers fine", "only-this-host" },
        { "I closed my laptop lid and went home", "disconnected-session" },
        { "the consultant closed the ticket", "" },
        // services set to disabled, a new hardening policy is not a new server, a full disk, key files deleted
        { "it set some services to \"Disabled\"", "services-disabled" },
        { "we rolled out a new server hardening policy", "hardened-baseline" },
        { "the system drive had 0 bytes free", "host-disk-full" },
        { "he deleted a folder full of key files", "crypto-folder-changed" },
        { "the cert's NotAfter was last Tuesday", "cert-expired-said" },
        // old devices, the old terminals that still work, a cable that works where wifi fails
        { "the scanners run Windows CE", "old-client-program" },
        { "the old Wyse terminals still connect", "other-client-works thin-client" },
        { "when I plug into the network cable it works", "other-network-works" },
        { "the cable guy fixed the TV", "" },
        // desks and machines moved to another place or network
        { "after the desk shuffle on Friday", "ip-or-network-moved" },
        { "facilities moved me to the east wing", "ip-or-network-moved" },
        { "they moved my PC onto the \"secure\" network", "ip-or-network-moved" },
        { "payroll got its own VLAN", "ip-or-network-moved" },
        // software put on the host, policy edits, a certificate naming another machine
        { "a friend set me up with a remote access program", "software-installed-on-host" },
        { "I installed Docker and a proxy for testing", "software-installed-on-host" },
        { "someone edited the GPO on Tuesday", "group-policy-changed" },
        { "the setting under Remote Desktop Session Host > Security was changed", "security-layer-changed many-users" },
        { "the certificate prompt named OLD-PC01, not my machine", "cert-has-old-name" },
        // woken by someone at the desk, early logons, more people
        { "it comes back once someone has used it locally", "woken-by-local-activity" },
        { "if I log in early it works", "existing-sessions-fine" },
        { "our team went from 12 to 20 people", "many-users" },
        { "we got 8 new starters this week", "many-users" },
        // tune-ups that switch services off, and tweak tools that change the listener
        { "the IT firm did a performance tune-up on it", "services-disabled" },
        { "he switched off the things we don't use", "services-disabled" },
        { "they trimmed a few services", "services-disabled" },
        { "a colleague ran an RDP tweak tool on it", "rdp-listener-settings-changed" },
        { "is there any registry tuning for a busy host?", "" },
        // new boxes in the path, rule clean-ups, internal only said as nothing open
        { "they put a new modem and firewall in", "new-firewall-or-proxy home-router-changed" },
        { "a new router went in at the branch", "new-firewall-or-proxy home-router-changed" },
        { "the cloud team did an NSG clean-up", "network-rules-changed" },
        { "nobody at the depot has been able to connect", "everyone-affected" },
        { "the server is internal only, nothing open to the internet", "rdp-internal-only" },
        { "when the PC hasn't been used for a while it refuses", "idle-machine" },
        { "IT was rolling out new security settings over the weekend", "hardened-baseline" },
        // old and newer clients, stricter encryption and compliance
        { "the label printer runs Windows Embedded", "old-client-program" },
        { "they applied a high encryption policy", "encryption-level-raised" },
        { "laptops on Windows 11 connect fine", "other-client-works" },
        { "my husbands laptop connects fine", "other-client-works" },
        { "since the government compliance work", "hardened-baseline" },
        // tools put on the host, early logons, people leaving, a growing team
        { "I installed a remote tool for the printer vendor", "software-installed-on-host" },
        { "a colleague put a support tool on it", "software-installed-on-host" },
        { "the consultant set up a proxy thing on our small office server", "software-installed-on-host" },
        { "if I log in early it comes up fine", "existing-sessions-fine" },
        { "when a colleague logged off I got straight in", "works-when-someone-leaves" },
        { "our department has grown a lot", "many-users" },
        // security software the user put on the PC
        { "she has some firewall app she installed herself", "security-software-changed" },
        { "he is running a trial of a new antivirus", "security-software-changed third-party-antivirus" },
    };
}
