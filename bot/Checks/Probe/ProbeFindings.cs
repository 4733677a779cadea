namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>
/// Maps a probe report to the facts it establishes (pure, no I/O). Each fact is stated only when the report shows
/// it; a step that did not run, or a result no fact describes (a timed-out reply, a not-yet-valid certificate),
/// adds nothing.
/// </summary>
internal static class ProbeFindings
{
    public static IReadOnlyList<string> FactIds(ProbeReport report) => [.. From(report).Select(f => f.FactId)];

    public static IReadOnlyList<ProbeFinding> From(ProbeReport report)
    {
        var findings = new List<ProbeFinding>();
        if (report.Dns.Status is DnsStatus.Failed or DnsStatus.TimedOut)
        {
            findings.Add(new(ProbeFactIds.DnsFailed, $"The name {report.Host} does not resolve: {report.Dns.Error}."));
            return findings;
        }
        if (report.Tcp is not { Status: TcpStatus.Connected })
        {
            findings.AddRange(TcpFindings(report));
            return findings;
        }
        findings.AddRange(NegotiationFindings.From(report.Negotiations));
        if (report.Tls is { } tls)
        {
            findings.AddRange(TlsFindings(tls));
            if (tls.Certificate is { } certificate)
            {
                findings.AddRange(CertificateFindings(certificate, report.Host));
            }
        }
        return [.. findings.DistinctBy(f => f.FactId)];
    }

    private static IEnumerable<ProbeFinding> TcpFindings(ProbeReport report)
    {
        var where = $"port {report.Port} on {report.Tcp?.Address}";
        switch (report.Tcp?.Status)
        {
            case TcpStatus.Refused:
                yield return new(ProbeFactIds.TcpRefused,
                    $"Nothing accepts connections on {where}: the Remote Desktop service is not listening there, or a firewall rejects.");
                break;
            case TcpStatus.TimedOut or TcpStatus.Unreachable:
                yield return new(ProbeFactIds.TcpFiltered,
                    $"No answer from {where} ({report.Tcp.Status}): a firewall or network security group probably drops the traffic.");
                break;
        }
    }

    private static IEnumerable<ProbeFinding> TlsFindings(TlsResult tls)
    {
        switch (tls.Status)
        {
            case TlsStatus.Completed:
                yield return new(ProbeFactIds.RdpOk, "The listener negotiates and completes the TLS handshake normally.");
                if (TlsClassifier.OnlyOldVersionsAccepted(tls))
                {
                    yield return new(ProbeFactIds.TlsOldVersionsOnly, "The server accepts only TLS 1.0/1.1, which current clients may refuse.");
                }
                break;
            case TlsStatus.ClosedByServer or TlsStatus.Refused:
                yield return new(ProbeFactIds.TlsFailedAfterSsl,
                    $"The server selected {tls.RequestedWith.ToSpecName()} security and then broke off the TLS handshake ({tls.Handshake.Detail}).");
                break;
            case TlsStatus.OldVersionsOnlySuspected:
                yield return new(ProbeFactIds.TlsOldVersionsOnly,
                    "Checker limitation: the server refused TLS 1.2 and 1.3, and this machine cannot offer TLS 1.0/1.1; "
                    + "the server may only speak TLS 1.0/1.1. This is not a certificate problem.");
                break;
        }
    }

    private static IEnumerable<ProbeFinding> CertificateFindings(CertificateSummary certificate, string host)
    {
        var expiry = CertificateWording.Expiry(certificate);
        switch (certificate.Validity)
        {
            case CertificateValidity.Expired:
                yield return new(ProbeFactIds.CertExpired, $"The certificate ({certificate.Subject}) {expiry}.");
                break;
            case CertificateValidity.ExpiringSoon:
                yield return new(ProbeFactIds.CertExpiringSoon, $"The certificate ({certificate.Subject}) {expiry}.");
                yield return new(ProbeFactIds.CertValid, "The certificate is within its validity period.");
                break;
            case CertificateValidity.Valid:
                yield return new(ProbeFactIds.CertValid, $"The certificate is within its validity period ({expiry}).");
                break;
        }
        if (certificate.NameMatch == NameMatch.Mismatch)
        {
            yield return new(ProbeFactIds.CertNameMismatch,
                $"The certificate names {string.Join(", ", certificate.Names)}, not {host}.");
        }
    }
}
