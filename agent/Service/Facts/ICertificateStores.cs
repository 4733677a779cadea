namespace RdpHelpBot.Agent.Facts;

/// <summary>The local machine's certificate stores.</summary>
internal interface ICertificateStores
{
    /// <summary>Every certificate in the store with this name (<c>Remote Desktop</c>, <c>My</c>); empty when the store does not exist.</summary>
    IReadOnlyList<StoredCertificate> List(string storeName);
}

/// <summary>A certificate and where its private key lives.</summary>
/// <param name="Thumbprint">SHA-1 thumbprint, upper-case hex.</param>
/// <param name="KeyFile">The private key's file, when the certificate has a key and the file was found.</param>
/// <param name="KeyProblem">Why the key's file could not be found (e.g. the key provider refused to open it).</param>
internal sealed record StoredCertificate(
    string Store, string Thumbprint, string Subject, DateTimeOffset NotBefore, DateTimeOffset NotAfter,
    bool HasPrivateKey, string? KeyFile, string? KeyProblem = null);
