using System.Net.Security;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>
/// The cipher suites Windows Server 2022 enables by default, in its order of preference (Microsoft Learn, "TLS Cipher
/// Suites in Windows Server 2022 and later"; the AES ones, as an RDP host negotiates them). The certificate reader
/// offers the static-RSA ones among them; fake RDP hosts serve the whole list, as a Windows host does.
/// </summary>
internal static class WindowsCipherSuites
{
    public static IReadOnlyList<TlsCipherSuite> ServerDefaults { get; } =
    [
        TlsCipherSuite.TLS_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_AES_128_GCM_SHA256,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        TlsCipherSuite.TLS_DHE_RSA_WITH_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA,
        TlsCipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,
        TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
        TlsCipherSuite.TLS_RSA_WITH_AES_256_GCM_SHA384,
        TlsCipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256,
        TlsCipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA256,
        TlsCipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA256,
        TlsCipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA,
        TlsCipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA,
    ];

    /// <summary>The list as an <see cref="SslStream"/> server's policy; on Windows, none (Schannel's settings apply).</summary>
    public static CipherSuitesPolicy? ServerPolicy()
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }
        return new CipherSuitesPolicy(ServerDefaults);
    }

    /// <summary>Key exchange by RSA encryption: the server's certificate key decrypts, and nothing is signed.</summary>
    public static IEnumerable<TlsCipherSuite> StaticRsa => ServerDefaults.Where(s => s.ToString().StartsWith("TLS_RSA_WITH_", StringComparison.Ordinal));
}
