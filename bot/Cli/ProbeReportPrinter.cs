using System.Globalization;
using System.Security.Authentication;
using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Cli;

/// <summary>Writes a probe report for a person: one section per step, then the findings in plain words.</summary>
internal static class ProbeReportPrinter
{
    public static void Write(ProbeReport report, IReadOnlyList<ProbeFinding> findings, TextWriter output)
    {
        output.WriteLine(FormattableString.Invariant(
            $"Probe of {new ProbeTarget(report.Host, report.Port)} at {report.StartedAt:yyyy-MM-dd HH:mm} UTC ({report.ElapsedMilliseconds} ms)"));
        output.WriteLine();
        output.WriteLine($"DNS   {Dns(report.Dns)}");
        if (report.Tcp is { } tcp)
        {
            output.WriteLine(tcp.Status == TcpStatus.Connected
                ? FormattableString.Invariant($"TCP   connected to {tcp.Address} in {tcp.ElapsedMilliseconds} ms")
                : $"TCP   {tcp.Status} on {tcp.Address}: {tcp.Error}");
        }
        if (report.Negotiations.Count > 0)
        {
            WriteNegotiations(report.Negotiations, output);
        }
        if (report.Tls is { } tls)
        {
            WriteTls(tls, output);
            if (tls.Certificate is { } certificate)
            {
                WriteCertificate(certificate, output);
            }
        }
        output.WriteLine();
        output.WriteLine("Findings");
        if (findings.Count == 0)
        {
            output.WriteLine("  (none the knowledge has a fact for; see the details above)");
        }
        foreach (var finding in findings)
        {
            output.WriteLine($"  - {finding.Text} [{finding.FactId}]");
        }
    }

    private static string Dns(DnsResult dns) => dns.Status switch
    {
        DnsStatus.NotNeeded => "not needed (an IP address)",
        DnsStatus.Decided => $"not resolved again: using {string.Join(", ", dns.Addresses)}, the address that was checked",
        DnsStatus.Resolved => FormattableString.Invariant($"resolved in {dns.ElapsedMilliseconds} ms: {string.Join(", ", dns.Addresses)}"),
        _ => $"{dns.Status}: {dns.Error}",
    };

    private static void WriteNegotiations(IReadOnlyList<NegotiationResult> negotiations, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Negotiation (one connection per request)");
        output.WriteLine($"  {"Requested",-22}{"Result",-15}Answer");
        foreach (var negotiation in negotiations)
        {
            output.WriteLine($"  {negotiation.Requested.ToSpecName(),-22}{negotiation.Outcome,-15}{Answer(negotiation)}");
        }
    }

    private static string Answer(NegotiationResult negotiation) => negotiation switch
    {
        { Selected: { } selected } => $"selected {selected.ToSpecName()}",
        { FailureCode: { } code } => code.ToSpecName(),
        _ => negotiation.Detail ?? "",
    };

    private static void WriteTls(TlsResult tls, TextWriter output)
    {
        output.WriteLine();
        var handshake = tls.Handshake.Status == TlsAttemptStatus.Completed
            ? $"{tls.Handshake.Version}, {tls.Handshake.CipherSuite}"
            : $"{tls.Handshake.Status}: {tls.Handshake.Detail}";
        output.WriteLine($"TLS   after requesting {tls.RequestedWith.ToSpecName()}: {tls.Status} ({handshake})");
        if (tls.Versions.Count > 0)
        {
            output.WriteLine($"      versions: {string.Join(", ", tls.Versions.Select(v => $"{VersionName(v.Offered)} {Describe(v.Status)}"))}");
        }
    }

#pragma warning disable SYSLIB0039 // Printing the obsolete versions by name.
    private static string VersionName(SslProtocols version) => version switch
    {
        SslProtocols.Tls13 => "TLS 1.3",
        SslProtocols.Tls12 => "TLS 1.2",
        SslProtocols.Tls11 => "TLS 1.1",
        SslProtocols.Tls => "TLS 1.0",
        _ => version.ToString(),
    };
#pragma warning restore SYSLIB0039

    private static string Describe(TlsAttemptStatus status) => status switch
    {
        TlsAttemptStatus.Completed => "accepted",
        TlsAttemptStatus.RefusedByServer => "refused by the server",
        TlsAttemptStatus.ClosedByServer => "closed by the server",
        TlsAttemptStatus.NotOfferedLocally => "not offered by this machine",
        TlsAttemptStatus.TimedOut => "timed out",
        TlsAttemptStatus.NotSelected => "not tried (TLS not selected)",
        _ => "failed",
    };

    private static void WriteCertificate(CertificateSummary certificate, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Certificate");
        output.WriteLine($"  Subject      {certificate.Subject}");
        output.WriteLine($"  Issuer       {certificate.Issuer}{(certificate.SelfSigned ? " (self-signed)" : "")}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  Valid        {certificate.NotBefore:yyyy-MM-dd} to {certificate.NotAfter:yyyy-MM-dd}: {CertificateWording.Expiry(certificate)}"));
        output.WriteLine($"  Thumbprint   {certificate.Sha1Thumbprint} (SHA-1)");
        output.WriteLine(FormattableString.Invariant($"  Key          {certificate.KeyAlgorithm} {certificate.KeySize}"));
        output.WriteLine($"  Key usage    {List(certificate.KeyUsages)}");
        output.WriteLine($"  EKU          {List(certificate.EnhancedKeyUsages)}");
        output.WriteLine($"  Names        {List(certificate.Names)} ({NameMatchText(certificate.NameMatch)})");
    }

    private static string NameMatchText(NameMatch match) => match switch
    {
        NameMatch.Matches => "matches the host",
        NameMatch.Mismatch => "does not match the host",
        _ => "not checked: the host is an address",
    };

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "(none)" : string.Join(", ", items);
}
