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
/// starts with TLS), and a TLS 1.2 hello offering RSA key exchange, answered by the certificate, after which the
/// connection is closed: the host makes no private-key operation. A listener that will not answer that hello (TLS 1.3
/// only, no RSA key exchange, an ECDSA certificate) gets a second connection with a full TLS handshake, as before. The
/// full probe's other connections tell what the listener accepts, which a certificate warning does not need.
/// </summary>
internal sealed class CertificateProbe
{
    private const RdpProtocol Offered = RdpProtocol.Ssl | RdpProtocol.Hybrid | RdpProtocol.HybridEx;

    private readonly TcpConnector _connector;
    private readonly Negotiator _negotiator;
    private readonly CertificateHelloReader _helloReader;
    private readonly TlsHandshaker _handshaker;

    public CertificateProbe(ProbeOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _connector = new TcpConnector(options, time);
        _negotiator = new Negotiator(options, time);
        _helloReader = new CertificateHelloReader(options);
        _handshaker = new TlsHandshaker(options);
    }

    /// <summary>The certificate served at <paramref name="address"/>, judged for the name <paramref name="host"/>, or why none was read.</summary>
    public async Task<AddressObservation> ReadAsync(string host, IPAddress address, int port, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var text = address.ToString();
        await using (var opened = await OpenTlsAsync(address, port, cancellationToken))
        {
            if (opened.Stream is null)
                return new AddressObservation(text, null, opened.Problem);
            var (certificate, _) = await _helloReader.ReadAsync(opened.Stream, host, served => Observe(served, host), cancellationToken);
            if (certificate is not null)
                return new AddressObservation(text, certificate);
        }
        return await HandshakeAsync(host, address, port, cancellationToken);
    }

    /// <summary>The certificate read by a full TLS handshake on a new connection.</summary>
    private async Task<AddressObservation> HandshakeAsync(string host, IPAddress address, int port, CancellationToken cancellationToken)
    {
        var text = address.ToString();
        await using var opened = await OpenTlsAsync(address, port, cancellationToken);
        if (opened.Stream is null)
            return new AddressObservation(text, null, opened.Problem);
        var (attempt, certificate) = await _handshaker.HandshakeAsync(opened.Stream, host, SslProtocols.None, served => Observe(served, host), cancellationToken);
        return certificate is null
            ? new AddressObservation(text, null, $"the TLS handshake did not get as far as the certificate ({attempt.Status}: {attempt.Detail})")
            : new AddressObservation(text, certificate);
    }

    /// <summary>A connection on which the listener selected a TLS-based protocol, or why there is none.</summary>
    private async Task<OpenedTls> OpenTlsAsync(IPAddress address, int port, CancellationToken cancellationToken)
    {
        var (tcp, socket) = await _connector.ConnectAsync(address, port, cancellationToken);
        if (socket is null)
            return new OpenedTls(null, Unconnected(tcp, port));
        var stream = new NetworkStream(socket, ownsSocket: true);
        try
        {
            var negotiation = await _negotiator.NegotiateAsync(stream, Offered, cancellationToken);
            if (negotiation.SelectedTls)
                return new OpenedTls(stream, null);
            await stream.DisposeAsync();
            return new OpenedTls(null, NoTls(negotiation));
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
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

    private sealed record OpenedTls(NetworkStream? Stream, string? Problem) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Stream?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
