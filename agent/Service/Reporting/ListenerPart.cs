using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Facts;

namespace RdpHelpBot.Agent.Reporting;

/// <summary>The RDP-Tcp listener's security settings and the SCHANNEL protocol switches.</summary>
internal static class ListenerPart
{
    public static ListenerReport Read(IRegistryValues registry) => new(
        Number(registry.Read(RegistryPaths.RdpTcp, "SecurityLayer")),
        Number(registry.Read(RegistryPaths.RdpTcp, "UserAuthentication")),
        Thumbprint(registry.Read(RegistryPaths.RdpTcp, "SSLCertificateSHA1Hash")),
        Number(registry.Read(RegistryPaths.TerminalServicesPolicy, "SecurityLayer")),
        Number(registry.Read(RegistryPaths.TerminalServicesPolicy, "UserAuthentication")));

    public static IReadOnlyList<TlsProtocolReport> ReadSchannel(IRegistryValues registry) =>
    [
        .. RegistryPaths.TlsProtocols.Select(protocol => new TlsProtocolReport(
            protocol,
            Number(registry.Read(RegistryPaths.SchannelServer(protocol), "Enabled")),
            Number(registry.Read(RegistryPaths.SchannelServer(protocol), "DisabledByDefault")))),
    ];

    private static int? Number(object? value) => value switch
    {
        int number => number,
        long number => (int)number,
        string text when int.TryParse(text, out var number) => number,
        _ => null,
    };

    /// <summary>The hash is REG_BINARY; a hand-made REG_SZ copy with spaces is read too.</summary>
    private static string? Thumbprint(object? value) => value switch
    {
        byte[] { Length: > 0 } bytes => Convert.ToHexString(bytes),
        string text when !string.IsNullOrWhiteSpace(text) => text.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(),
        _ => null,
    };
}
