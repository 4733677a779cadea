using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>
/// Probes an RDP listener without credentials: resolves the name, connects, sends one Connection Request per
/// protocol set on a fresh connection each, runs TLS where the server selects it, then retries TLS per version.
/// Timeouts are wall-clock limits on I/O; the <see cref="TimeProvider"/> says what date it is for the certificate.
/// </summary>
internal sealed class RdpProbe
{
    private readonly ProbeOptions _options;
    private readonly TimeProvider _time;
    private readonly TcpConnector _connector;
    private readonly Negotiator _negotiator;
    private readonly TlsHandshaker _handshaker;

    public RdpProbe(ProbeOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? new ProbeOptions();
        _options.Validate();
        _time = time ?? TimeProvider.System;
        _connector = new TcpConnector(_options, _time);
        _negotiator = new Negotiator(_options, _time);
        _handshaker = new TlsHandshaker(_options);
    }

    public async Task<ProbeReport> RunAsync(ProbeTarget target, CancellationToken cancellationToken)
    {
        var startedAt = _time.GetUtcNow();
        var start = _time.GetTimestamp();
        var dns = await new DnsStep(_options, _time).ResolveAsync(target, cancellationToken);
        ProbeReport Report(TcpResult? tcp, IReadOnlyList<NegotiationResult> negotiations, TlsResult? tls) =>
            new(target.Host, target.Port, startedAt, (long)_time.GetElapsedTime(start).TotalMilliseconds, dns, tcp, negotiations, tls);

        if (!dns.HasAddresses)
        {
            return Report(null, [], null);
        }
        var (tcp, socket) = await _connector.ConnectFirstAsync([.. dns.Addresses.Select(IPAddress.Parse)], target.Port, cancellationToken);
        if (socket is null)
        {
            return Report(tcp, [], null);
        }
        var connection = new ProbeConnection(_connector, _negotiator, IPAddress.Parse(tcp.Address), target.Port);
        var (negotiations, firstTls) = await NegotiateEachAsync(connection, socket, target.Host, cancellationToken);
        if (firstTls is null)
        {
            return Report(tcp, negotiations, null);
        }
        using (firstTls.Certificate)
        {
            return Report(tcp, negotiations, await ScanTlsAsync(connection, target.Host, firstTls, cancellationToken));
        }
    }

    private async Task<(List<NegotiationResult>, TlsStart?)> NegotiateEachAsync(
        ProbeConnection connection, Socket firstSocket, string host, CancellationToken cancellationToken)
    {
        var results = new List<NegotiationResult>();
        TlsStart? firstTls = null;
        Socket? unused = firstSocket;
        foreach (var requested in _options.ProtocolRequests)
        {
            var (result, stream) = await connection.NegotiateAsync(requested, cancellationToken, unused);
            unused = null;
            results.Add(result);
            if (stream is not null)
            {
                await using (stream)
                {
                    if (firstTls is null && result.SelectedTls)
                    {
                        var (attempt, certificate) = await _handshaker.HandshakeAsync(stream, host, SslProtocols.None, cancellationToken);
                        firstTls = new TlsStart(requested, attempt, certificate);
                    }
                }
            }
            // A server that let one request time out will let the next ones time out too.
            if (result.Outcome == NegotiationOutcome.TimedOut)
            {
                break;
            }
        }
        unused?.Dispose();
        return (results, firstTls);
    }

    private async Task<TlsResult> ScanTlsAsync(ProbeConnection connection, string host, TlsStart first, CancellationToken cancellationToken)
    {
        var versions = new List<TlsAttempt>();
        X509Certificate2? fallbackCertificate = null;
        // A handshake that hangs would hang once per version too.
        var versionsToTry = first.Handshake.Status == TlsAttemptStatus.TimedOut ? [] : _options.TlsVersions;
        foreach (var version in versionsToTry)
        {
            if (await LocalTlsSupport.RefusalAsync(version) is { } refusal)
            {
                versions.Add(new TlsAttempt(version, TlsAttemptStatus.NotOfferedLocally, Detail: refusal));
                continue;
            }
            var (result, stream) = await connection.NegotiateAsync(first.Requested, cancellationToken);
            if (stream is null || !result.SelectedTls)
            {
                versions.Add(new TlsAttempt(version, TlsAttemptStatus.NotSelected, Detail: $"{result.Outcome}: {result.Detail ?? result.Selected?.ToSpecName()}"));
                if (stream is not null)
                {
                    await stream.DisposeAsync();
                }
                continue;
            }
            await using (stream)
            {
                var (attempt, certificate) = await _handshaker.HandshakeAsync(stream, host, version, cancellationToken);
                versions.Add(attempt);
                if (fallbackCertificate is null)
                {
                    fallbackCertificate = certificate;
                }
                else
                {
                    certificate?.Dispose();
                }
            }
        }
        using (fallbackCertificate)
        {
            var certificate = first.Certificate ?? fallbackCertificate;
            var summary = certificate is null ? null
                : CertificateInspector.Inspect(certificate, host, _time.GetUtcNow(), _options.ExpiringSoonWithin);
            return new TlsResult(first.Requested, TlsClassifier.Classify(first.Handshake, versions), first.Handshake, versions, summary);
        }
    }

    private sealed record TlsStart(RdpProtocol Requested, TlsAttempt Handshake, X509Certificate2? Certificate);
}
