namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>Sends one Connection Request on an open connection and judges the reply against what was asked.</summary>
internal sealed class Negotiator(ProbeOptions options, TimeProvider time)
{
    public async Task<NegotiationResult> NegotiateAsync(Stream stream, RdpProtocol requested, CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ReadTimeout);
        try
        {
            await stream.WriteAsync(X224ConnectionRequest.Build(requested, options.CookieIdentifier), timeout.Token);
            var read = await TpktReader.ReadAsync(stream, timeout.Token);
            return Judge(requested, read, Elapsed(start));
        }
        catch (IOException e)
        {
            return new NegotiationResult(requested, NegotiationOutcome.Closed, Elapsed(start),
                Detail: $"the connection broke after the request: {e.GetBaseException().Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new NegotiationResult(requested, NegotiationOutcome.TimedOut, Elapsed(start),
                Detail: $"timed out waiting for the connection confirm ({options.ReadTimeout.TotalSeconds:0.###} s)");
        }
    }

    private static NegotiationResult Judge(RdpProtocol requested, TpktReadResult read, long elapsed)
    {
        var reply = read.Bytes.Length == 0 ? null : Convert.ToHexString(read.Bytes);
        switch (read.Status)
        {
            case TpktReadStatus.ClosedBeforeReply:
                return new(requested, NegotiationOutcome.Closed, elapsed, Detail: "the server closed the connection without a reply");
            case TpktReadStatus.ClosedMidPacket or TpktReadStatus.NotTpkt:
                return new(requested, NegotiationOutcome.NotRdp, elapsed, Reply: reply, Detail: read.Problem);
        }
        var parsed = X224ConnectionConfirmParser.Parse(read.Bytes);
        if (parsed.Confirm is not { } confirm)
        {
            return new(requested, NegotiationOutcome.NotRdp, elapsed, Reply: reply, Detail: parsed.Problem);
        }
        return confirm.Kind switch
        {
            ConfirmKind.Legacy => new(requested, NegotiationOutcome.Legacy, elapsed, Reply: reply,
                Detail: "a Connection Confirm without negotiation data"),
            ConfirmKind.Failure => new(requested, NegotiationOutcome.Refused, elapsed, FailureCode: confirm.FailureCode, Reply: reply),
            _ => new(requested, OutcomeOf(requested, confirm.SelectedProtocol!.Value), elapsed,
                Selected: confirm.SelectedProtocol, ResponseFlags: confirm.Flags, Reply: reply),
        };
    }

    // A server that cannot do what was asked may quietly select standard RDP security (xrdp does): that is not support.
    internal static NegotiationOutcome OutcomeOf(RdpProtocol requested, RdpProtocol selected)
    {
        if (selected == requested || (selected != RdpProtocol.Rdp && (selected & requested) == selected))
        {
            return NegotiationOutcome.Accepted;
        }
        return selected == RdpProtocol.Rdp ? NegotiationOutcome.Downgraded : NegotiationOutcome.SelectedOther;
    }

    private long Elapsed(long start) => (long)time.GetElapsedTime(start).TotalMilliseconds;
}
