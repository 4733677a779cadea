namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>What the per-protocol Connection Requests say about the listener.</summary>
internal static class NegotiationFindings
{
    public static IEnumerable<ProbeFinding> From(IReadOnlyList<NegotiationResult> negotiations)
    {
        if (!negotiations.Any(n => n.IsConfirm))
        {
            if (negotiations.FirstOrDefault(n => n.Outcome == NegotiationOutcome.NotRdp) is { } notRdp)
            {
                yield return new(ProbeFactIds.NotRdp, $"Something answers on the port, but not as Remote Desktop: {notRdp.Detail}.");
            }
            else if (negotiations.Any(n => n.Outcome == NegotiationOutcome.Closed))
            {
                yield return new(ProbeFactIds.ClosedAfterRequest,
                    "The listener accepts the connection and closes it as soon as the RDP connection request arrives.");
            }
            yield break;
        }
        if (negotiations.Any(n => n.Outcome == NegotiationOutcome.Legacy))
        {
            yield return new(ProbeFactIds.LegacyServer,
                "The server confirms without security negotiation: a legacy RDP server (before Windows Server 2003 SP1) with standard RDP security only.");
        }
        foreach (var code in negotiations.Select(n => n.FailureCode).OfType<NegotiationFailureCode>().Distinct())
        {
            if (FindingFor(code) is { } finding)
            {
                yield return finding;
            }
        }
        if (OnlyStandardSecuritySelected(negotiations))
        {
            yield return new(ProbeFactIds.RdpSecurityOnly,
                "The server answers every request for TLS or NLA with standard RDP security: it offers no TLS.");
        }
    }

    private static ProbeFinding? FindingFor(NegotiationFailureCode code) => code switch
    {
        NegotiationFailureCode.SslRequiredByServer => new(ProbeFactIds.SslRequired,
            "The server requires TLS and refuses standard RDP security (SSL_REQUIRED_BY_SERVER)."),
        NegotiationFailureCode.SslNotAllowedByServer => new(ProbeFactIds.RdpSecurityOnly,
            "The server allows only standard RDP security, no TLS (SSL_NOT_ALLOWED_BY_SERVER)."),
        NegotiationFailureCode.SslCertNotOnServer => new(ProbeFactIds.SslCertNotOnServer,
            "The server has no usable certificate for TLS (SSL_CERT_NOT_ON_SERVER)."),
        NegotiationFailureCode.HybridRequiredByServer => new(ProbeFactIds.HybridRequired,
            "The server requires Network Level Authentication (HYBRID_REQUIRED_BY_SERVER)."),
        _ => null,
    };

    // xrdp with security_layer=rdp (and a Windows server without a usable TLS credential) selects RDP for everything.
    private static bool OnlyStandardSecuritySelected(IReadOnlyList<NegotiationResult> negotiations)
    {
        var askedForTls = negotiations.Where(n => n.Requested.HasFlag(RdpProtocol.Ssl) && n.IsConfirm).ToList();
        return askedForTls.Count > 0
            && askedForTls.All(n => n.Outcome == NegotiationOutcome.Downgraded)
            && !negotiations.Any(n => n.SelectedTls);
    }
}
