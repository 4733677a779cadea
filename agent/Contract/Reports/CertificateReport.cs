namespace RdpHelpBot.Agent.Contract.Reports;

/// <summary>
/// The certificates in the local machine's "Remote Desktop" store, and the one <c>SSLCertificateSHA1Hash</c>
/// names (searched in "Remote Desktop" and "My"); <see cref="Configured"/> is null when the hash is not set or
/// no certificate has that thumbprint.
/// </summary>
public sealed record CertificateReport(IReadOnlyList<CertificateEntry> RemoteDesktopStore, CertificateEntry? Configured);

/// <param name="Store">The store name, <c>Remote Desktop</c> or <c>My</c>.</param>
/// <param name="Thumbprint">The SHA-1 thumbprint in upper-case hex.</param>
public sealed record CertificateEntry(
    string Store, string Thumbprint, string Subject, DateTimeOffset NotBefore, DateTimeOffset NotAfter, PrivateKeyReport PrivateKey);

/// <summary>Where the private key lives and who may read it.</summary>
/// <param name="Present">Whether the certificate has a private key at all.</param>
/// <param name="File">The key file under <c>%ProgramData%\Microsoft\Crypto</c>, when it could be found.</param>
/// <param name="Access">The key file's access rules, when they could be read.</param>
/// <param name="Problem">Why the key or its file could not be examined.</param>
public sealed record PrivateKeyReport(bool Present, string? File = null, AccessReport? Access = null, string? Problem = null);
