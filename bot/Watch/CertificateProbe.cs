using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Watch;

/// <summary>
/// Reads the certificate an RDP listener serves at one address with what judging it takes: one connection, one
/// Connection Request offering TLS, CredSSP and CredSSP with early user authorization (whichever the server selects
/// starts with TLS), and one TLS handshake. The full probe's other connections tell what the listener accepts, which
/// a certificate warning does not need.
/// </summary>
internal sealed class CertificateProbe
{
    private const RdpProtocol Offered = RdpProtocol.Ssl | RdpProtocol.Hybrid | RdpProtocol.HybridEx;

    private readonly TcpConnector _connector;
    private readonly Negotiator _negotiator;
    private readonly TlsHandshaker _handshaker;

    public CertificateProbe(ProbeOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _connector = new TcpConnector(options, time);
        _negotiator = new Negotiator(options, time);
        _handshaker = new TlsHandshaker(options);
    }

    /// <summary>The certificate served at <paramref name="address"/>, judged for the name <paramref name="host"/>, or why none was read.</summary>
    public async Task<AddressObservation> ReadAsync(string host, IPAddress address, int port, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var text = address.ToString();
        var (tcp, socket) = await _connector.ConnectAsync(address, port, cancellationToken);
        if (socket is null)
            return new AddressObservation(text, null, Unconnected(tcp, port));
        await using var stream = new NetworkStream(socket, ownsSocket: true);
        var negotiation = await _negotiator.NegotiateAsync(stream, Offered, cancellationToken);
        if (!negotiation.SelectedTls)
            return new AddressObservation(text, null, NoTls(negotiation));
        var (attempt, certificate) = await _handshaker.HandshakeAsync(stream, host, SslProtocols.None, served => Observe(served, host), cancellationToken);
        return certificate is null
            ? new AddressObservation(text, null, $"the TLS handshake did not get as far as the certificate ({attempt.Status}: {attempt.Detail})")
            : new AddressObservation(text, certificate);
    }

    // Read while the handshake holds the certificate: what judging it takes, not its key or usages.
    private static CertificateObservation Observe(X509Certificate2 certificate, string host) => new(
        certificate.GetCertHashString(HashAlgorithmName.SHA256),
        certificate.GetCertHashString(HashAlgorithmName.SHA1),
        certificate.Subject,
        certificate.Issuer,
        CertificateInspector.IsSelfSigned(certificate),
        CertificateInspector.NotBefore(certificate),
        CertificateInspector.NotAfter(certificate),
        CertificateInspector.MatchName(certificate, host) != NameMatch.Mismatch);

    private static string Unconnected(TcpResult tcp, int port) => tcp.Status switch
    {
        TcpStatus.Refused => $"the connection to port {port} was refused",
        TcpStatus.TimedOut => $"port {port} did not answer (a firewall may drop the packets)",
        TcpStatus.Unreachable => "there is no route to the host",
        _ => $"the connection to port {port} failed ({tcp.Error})",
    };

    private static string NoTls(NegotiationResult negotiation) => negotiation.Outcome switch
    {
        NegotiationOutcome.Refused => $"the listener refused TLS ({negotiation.FailureCode}), so it serves no certificate",
        NegotiationOutcome.Downgraded or NegotiationOutcome.Legacy => "the listener speaks only standard RDP security, which has no certificate",
        NegotiationOutcome.TimedOut => "the listener did not answer the connection request",
        NegotiationOutcome.NotRdp => "what answers on the port is not an RDP listener",
        _ => $"the listener did not start TLS ({negotiation.Outcome}{(negotiation.Detail is null ? "" : $": {negotiation.Detail}")})",
    };
}
