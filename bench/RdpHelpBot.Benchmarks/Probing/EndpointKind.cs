using System.Buffers.Binary;
using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Benchmarks.Probing;

/// <summary>How a fake endpoint is configured, like a Windows host's SecurityLayer and UserAuthentication settings.</summary>
internal enum EndpointKind
{
    /// <summary>Network Level Authentication required (the Windows default): HYBRID_REQUIRED_BY_SERVER unless CredSSP is asked for.</summary>
    NlaRequired,
    /// <summary>The same with an expired certificate.</summary>
    NlaRequiredExpiredCertificate,
    /// <summary>TLS without NLA: selects SSL whenever it is asked for, SSL_REQUIRED_BY_SERVER otherwise.</summary>
    TlsOnly,
    /// <summary>Standard RDP security only (SecurityLayer 0): SSL_NOT_ALLOWED_BY_SERVER to any TLS request.</summary>
    RdpSecurityOnly,
}

/// <summary>What a fake endpoint sends back to one Connection Request, and what it does next.</summary>
internal sealed record EndpointAnswer(byte[] Confirm, bool StartsTls, bool ClosesAfterConfirm);

internal static class EndpointKinds
{
    /// <summary>The mix of kinds, by endpoint number: 40 % NLA, 20 % NLA with an expired certificate, 30 % TLS, 10 % standard RDP.</summary>
    public static EndpointKind ForIndex(int index) => (index % 10) switch
    {
        < 4 => EndpointKind.NlaRequired,
        < 6 => EndpointKind.NlaRequiredExpiredCertificate,
        < 9 => EndpointKind.TlsOnly,
        _ => EndpointKind.RdpSecurityOnly,
    };

    public static bool HasTls(this EndpointKind kind) => kind != EndpointKind.RdpSecurityOnly;

    /// <summary>The answer to a Connection Request; a request without RDP_NEG_REQ (null) asks for standard RDP security.</summary>
    public static EndpointAnswer Answer(this EndpointKind kind, RdpProtocol? requested)
    {
        var asked = requested ?? RdpProtocol.Rdp;
        switch (kind)
        {
            case EndpointKind.NlaRequired or EndpointKind.NlaRequiredExpiredCertificate:
                return asked.HasFlag(RdpProtocol.HybridEx) ? Selected(RdpProtocol.HybridEx)
                    : asked.HasFlag(RdpProtocol.Hybrid) ? Selected(RdpProtocol.Hybrid)
                    : Failure(NegotiationFailureCode.HybridRequiredByServer);
            case EndpointKind.TlsOnly:
                return asked.HasFlag(RdpProtocol.Ssl) ? Selected(RdpProtocol.Ssl) : Failure(NegotiationFailureCode.SslRequiredByServer);
            default:
                if (requested is null)
                {
                    return new EndpointAnswer([0x03, 0x00, 0x00, 0x0B, 0x06, 0xD0, 0x00, 0x00, 0x12, 0x34, 0x00], false, false);
                }
                return asked == RdpProtocol.Rdp ? Selected(RdpProtocol.Rdp) : Failure(NegotiationFailureCode.SslNotAllowedByServer);
        }
    }

    public static string Name(this EndpointKind kind) => kind switch
    {
        EndpointKind.NlaRequired => "nla",
        EndpointKind.NlaRequiredExpiredCertificate => "nla-expired-cert",
        EndpointKind.TlsOnly => "tls",
        _ => "rdp-only",
    };

    public static EndpointKind Parse(string name)
    {
        foreach (var kind in Enum.GetValues<EndpointKind>())
        {
            if (kind.Name() == name)
            {
                return kind;
            }
        }
        throw new FormatException($"'{name}' is not an endpoint kind.");
    }

    private static EndpointAnswer Selected(RdpProtocol protocol) =>
        new(Confirm(0x02, protocol == RdpProtocol.Rdp ? (byte)0x00 : (byte)0x1F, (uint)protocol), protocol.StartsWithTls(), false);

    // Windows closes the connection right after RDP_NEG_FAILURE.
    private static EndpointAnswer Failure(NegotiationFailureCode code) => new(Confirm(0x03, 0x00, (uint)code), false, true);

    // MS-RDPBCGR 2.2.1.2 with SRC-REF 0x1234, as Windows sends it.
    private static byte[] Confirm(byte type, byte flags, uint value)
    {
        byte[] packet = [0x03, 0x00, 0x00, 0x13, 0x0E, 0xD0, 0x00, 0x00, 0x12, 0x34, 0x00, type, flags, 0x08, 0x00, 0, 0, 0, 0];
        BinaryPrimitives.WriteUInt32LittleEndian(packet.AsSpan(15), value);
        return packet;
    }
}
