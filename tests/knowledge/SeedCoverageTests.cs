using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Tests;

/// <summary>Every claim of the two seed articles is kept in the knowledge, and every quote of them is exact.</summary>
public sealed class SeedCoverageTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.LoadBuiltIn().Knowledge
        ?? throw new InvalidOperationException("The built-in knowledge does not load; see BuiltInKnowledgeTests.");

    /// <summary>
    /// The claims, enumerated by reading the articles: seed, a distinctive phrase of the claim, and the cause
    /// or fix that carries it.
    /// </summary>
    public static TheoryData<string, string, string> Claims => new()
    {
        { "seed-000", "type certlm.msc , and press Enter to open the Local Computer Certificates manager", "renew-rdp-certificate" },
        { "seed-000", "Temporarily disable your third-party antivirus or firewall", "test-without-third-party-security" },
        { "seed-000", "Temporarily disable your third-party antivirus or firewall", "third-party-security-blocking" },
        { "seed-000", "hardened policies (such as CyberArk PSM", "private-key-not-readable" },
        { "seed-000", "NETWORK SERVICE account might lose permission to access its own cryptographic keys", "private-key-not-readable" },
        { "seed-000", "NETWORK SERVICE account might lose permission to access its own cryptographic keys", "reset-machinekeys-permissions" },
        { "seed-000", "This blocks the creation of the underlying TLS tunnel.", "private-key-not-readable" },
        { "seed-000", "Network Level Authentication requires the user to authenticate themselves", "nla-not-supported-by-client" },
        { "seed-000", "doesn't support the specific NLA standard requested by the host, it times out", "nla-not-supported-by-client" },
        { "seed-000", "Click the drop-down menu next to the Remote Desktop toggle.", "disable-nla-temporarily" },
        { "seed-000", "Microsoft Remote Desktop app from the Microsoft Store, check for available updates", "outdated-store-app" },
        { "seed-000", "Microsoft Remote Desktop app from the Microsoft Store, check for available updates", "update-store-app" },
        { "seed-000", "(like Bitdefender) isn't blocking rdp.exe", "third-party-security-blocking" },
        { "seed-000", "(like Bitdefender) isn't blocking rdp.exe", "add-rdp-security-exception" },
        { "seed-000", "Increase Maximum Outstanding Connections", "max-outstanding-connections" },
        { "seed-000", "Increase Maximum Outstanding Connections", "raise-max-outstanding-connections" },
        { "seed-000", "ports might be throttled or blocked by a recent Windows Update", "ports-throttled-after-update" },
        { "seed-000", "ports might be throttled or blocked by a recent Windows Update", "review-recent-updates" },
        { "seed-000", "certificate renewal occurred but the Remote Desktop service cannot read the private key", "private-key-not-readable" },
        { "seed-000", "right-click your valid RDP certificate", "grant-private-key-read" },
        { "seed-000", "(corrupt NTUSER.DAT), the RDP session cannot start", "corrupt-user-profile" },
        { "seed-000", "(corrupt NTUSER.DAT), the RDP session cannot start", "repair-user-profile" },
        { "seed-000", "The authentication succeeds (hence no 0x5 access denied), but session creation fails.", "corrupt-user-profile" },
        { "seed-000", "Insufficient bandwidth, high packet loss, or slow VPN connections", "vpn-unstable" },
        { "seed-000", "Insufficient bandwidth, high packet loss, or slow VPN connections", "check-vpn-connection" },
        { "seed-000", "Firewall Interference:", "firewall-blocking" },
        { "seed-000", "On the client, collect a more detailed log:", "collect-client-log" },
        { "seed-001", "Rename-Item -path \"C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys\" -NewName \"MachineKeys_old\"", "rebuild-machinekeys" },
        { "seed-001", "the VM from the portal.", "restart-or-redeploy-azure-vm" },
        { "seed-001", "3. Configure Firewall & Antivirus Exceptions", "open-rdp-in-windows-firewall" },
        { "seed-001", "3. Configure Firewall & Antivirus Exceptions", "add-rdp-security-exception" },
        { "seed-001", "The most common cause of this error on Windows Servers or Azure VMs is an expired self-signed certificate.", "expired-self-signed-cert" },
        { "seed-001", "Remote Desktop Session Host → Security", "set-security-layer-negotiate" },
        { "seed-001", "Set to Negotiate or RDP .", "set-security-layer-negotiate" },
        { "seed-001", "Set to Negotiate or RDP .", "security-layer-forced" },
        { "seed-001", "self-signed RDP certificate has expired or its private key is inaccessible", "expired-self-signed-cert" },
        { "seed-001", "self-signed RDP certificate has expired or its private key is inaccessible", "private-key-not-readable" },
        { "seed-001", "Try using the host's IP address instead of its hostname.", "connect-by-ip" },
        { "seed-001", "Try using the host's IP address instead of its hostname.", "dns-stale" },
        { "seed-001", "DNS resolution issues that sometimes surface as 0x904, particularly on newer Windows 11 builds", "dns-stale" },
        { "seed-001", "ipconfig /flushdns ipconfig /registerdns ipconfig /release ipconfig /renew netsh winsock reset", "reset-client-network-stack" },
        { "seed-001", "ipconfig /flushdns ipconfig /registerdns ipconfig /release ipconfig /renew netsh winsock reset", "client-network-stack-stale" },
        { "seed-001", "ipconfig /flushdns ipconfig /registerdns", "fix-stale-dns-record" },
        { "seed-001", "Restart your computer.", "reset-client-network-stack" },
        { "seed-001", "Step 5: Check Network Level Authentication (NLA)", "enable-nla-on-client" },
        { "seed-001", "general network connection failure", "vpn-unstable" },
        { "seed-001", "network instability, expired security certificates on the host machine, or firewall interference", "expired-self-signed-cert" },
        { "seed-001", "network instability, expired security certificates on the host machine, or firewall interference", "firewall-blocking" },
        { "seed-001", "If connecting via VPN, verify your bandwidth.", "check-vpn-connection" },
        { "seed-001", "A slow or dropping VPN tunnel is a frequent cause of the 0x7 extended error", "vpn-unstable" },
        { "seed-001", "a corrupt MachineKeys repository or an expired RDP self-signed certificate", "machinekeys-corrupt" },
        { "seed-001", "Clearing out old data forces Windows to regenerate clean keys.", "rebuild-machinekeys" },
        { "seed-001", "Press Win + R , type services.msc , and press Enter .", "rebuild-machinekeys" },
        { "seed-001", "Rebuild Corrupt Cryptographic Keys and Reinitialize the RDP Certificate", "rebuild-machinekeys" },
        { "seed-001", "Rebuild Corrupt Cryptographic Keys and Reinitialize the RDP Certificate", "machinekeys-corrupt" },
        { "seed-001", "Extended error 0x7 often points to a session conflict.", "disconnected-session-conflict" },
        { "seed-001", "disconnected session that failed to close properly, the server may reject the new connection", "end-stuck-session" },
        { "seed-001", "\"Allow the computer to turn off this device to save power\" is unchecked", "nic-power-saving" },
        { "seed-001", "\"Allow the computer to turn off this device to save power\" is unchecked", "disable-nic-power-saving" },
        { "seed-001", "If updating isn’t possible, adjust CredSSP settings", "credssp-oracle-mismatch" },
        { "seed-001", "If updating isn’t possible, adjust CredSSP settings", "allow-credssp-encryption-oracle" },
        { "seed-001", "open the Certificates MMC snap-in ( certlm.msc ), and navigate to Remote Desktop > Certificates", "renew-rdp-certificate" },
        { "seed-001", "If the certificate is expired, delete it and restart the Remote Desktop Services ( termserv )", "renew-rdp-certificate" },
    };

    [Theory]
    [MemberData(nameof(Claims))]
    public void Claim_Phrase_OccursInTheSeedArticle(string seed, string phrase, string itemId)
    {
        var text = SeedArticles.Text(Knowledge.Sources[seed]);

        Assert.True(text.Contains(phrase, StringComparison.Ordinal), $"'{phrase}' (covered by {itemId}) is not in {seed}.");
    }

    [Theory]
    [MemberData(nameof(Claims))]
    public void Claim_CoveringItem_IsACauseOrFix(string seed, string phrase, string itemId)
    {
        var item = FindCauseOrFix(itemId);

        Assert.True(item is not null, $"The claim '{phrase}' of {seed} names {itemId}, which is neither a cause nor a fix.");
    }

    [Theory]
    [MemberData(nameof(Claims))]
    public void Claim_CoveringItem_QuotesThePhraseFromThatSeed(string seed, string phrase, string itemId)
    {
        var citations = FindCauseOrFix(itemId)?.Sources ?? [];

        Assert.Contains(citations, citation => citation.Ref == seed && (citation.Quote ?? "").Contains(phrase, StringComparison.Ordinal));
    }

    [Fact]
    public void SeedQuotes_InTheKnowledge_OccurVerbatimInTheCitedArticle()
    {
        var items = Knowledge.Causes.Values.Cast<SourcedItem>().Concat(Knowledge.Fixes.Values).Concat(Knowledge.Codes);
        var seedCitations = items
            .SelectMany(item => item.Sources.Select(citation => (item.Id, Citation: citation)))
            .Where(pair => Knowledge.Sources[pair.Citation.Ref].Kind == SourceKind.SeedArticle)
            .ToList();

        var misquoted = seedCitations
            .Where(pair => !SeedArticles.Text(Knowledge.Sources[pair.Citation.Ref]).Contains(pair.Citation.Quote ?? "\0", StringComparison.Ordinal))
            .Select(pair => $"{pair.Id} ({pair.Citation.Location}): \"{pair.Citation.Quote}\" is not in {pair.Citation.Ref}")
            .ToList();

        Assert.NotEmpty(seedCitations);
        Assert.True(misquoted.Count == 0, string.Join(Environment.NewLine, misquoted));
    }

    private static SourcedItem? FindCauseOrFix(string id) =>
        Knowledge.Causes.TryGetValue(id, out var cause) ? cause
        : Knowledge.Fixes.TryGetValue(id, out var fix) ? fix
        : null;
}
