namespace RdpHelpBot.Benchmarks.Probing;

/// <summary>What the fake endpoints were asked to do, so each client's work per host is measured, not assumed.</summary>
internal sealed class EndpointCounters
{
    private long _connections;
    private long _connectionRequests;
    private long _tlsHandshakes;
    private long _directTlsHandshakes;
    private long _otherData;

    public void Connection() => Interlocked.Increment(ref _connections);

    public void ConnectionRequest() => Interlocked.Increment(ref _connectionRequests);

    public void TlsHandshake(bool direct) => Interlocked.Increment(ref direct ? ref _directTlsHandshakes : ref _tlsHandshakes);

    /// <summary>Data after the negotiation (nmap's MCS Connect Initial), which the fake endpoints answer by closing.</summary>
    public void OtherData() => Interlocked.Increment(ref _otherData);

    public string Line() =>
        $"counters connections={Interlocked.Read(ref _connections)} requests={Interlocked.Read(ref _connectionRequests)} " +
        $"tls={Interlocked.Read(ref _tlsHandshakes)} direct-tls={Interlocked.Read(ref _directTlsHandshakes)} " +
        $"after-negotiation-data={Interlocked.Read(ref _otherData)}";
}
