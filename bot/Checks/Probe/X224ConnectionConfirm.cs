using System.Buffers.Binary;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>What kind of answer an X.224 Connection Confirm carries.</summary>
internal enum ConfirmKind
{
    /// <summary>RDP_NEG_RSP: the server selected a protocol.</summary>
    Response,
    /// <summary>RDP_NEG_FAILURE: the server refused the requested protocols.</summary>
    Failure,
    /// <summary>No negotiation data (LI = 6): a server from before security negotiation.</summary>
    Legacy,
}

/// <summary>The server's X.224 Connection Confirm (MS-RDPBCGR 2.2.1.2).</summary>
internal sealed record X224ConnectionConfirm(
    ConfirmKind Kind, RdpProtocol? SelectedProtocol, NegotiationFailureCode? FailureCode, byte Flags)
{
    public static X224ConnectionConfirm Selected(RdpProtocol protocol, byte flags) => new(ConfirmKind.Response, protocol, null, flags);

    public static X224ConnectionConfirm Failed(NegotiationFailureCode code) => new(ConfirmKind.Failure, null, code, 0);

    public static X224ConnectionConfirm Legacy { get; } = new(ConfirmKind.Legacy, null, null, 0);
}

/// <summary>A parsed Connection Confirm, or why the packet is not one.</summary>
internal sealed record ConfirmParseResult(X224ConnectionConfirm? Confirm, string? Problem)
{
    public static ConfirmParseResult NotRdp(string problem) => new(null, problem);
}

/// <summary>
/// Parses a whole TPKT packet as a Connection Confirm. The SRC-REF is not checked: Windows and xrdp send 0x1234,
/// FreeRDP sends 0.
/// </summary>
internal static class X224ConnectionConfirmParser
{
    private const int LegacyLengthIndicator = 6;
    private const int NegotiationLengthIndicator = 14;
    private const byte ResponseType = 0x02;
    private const byte FailureType = 0x03;

    public static ConfirmParseResult Parse(ReadOnlySpan<byte> packet)
    {
        if (packet.Length < 11 || packet[0] != 0x03)
        {
            return ConfirmParseResult.NotRdp("the reply is not a TPKT packet");
        }
        if (BinaryPrimitives.ReadUInt16BigEndian(packet[2..]) != packet.Length)
        {
            return ConfirmParseResult.NotRdp("the TPKT length does not match the packet");
        }
        if ((packet[5] & 0xF0) != 0xD0)
        {
            return ConfirmParseResult.NotRdp($"the X.224 code is 0x{packet[5]:X2}, not a Connection Confirm (0xD0)");
        }
        int lengthIndicator = packet[4];
        if (lengthIndicator + 5 > packet.Length)
        {
            return ConfirmParseResult.NotRdp($"the X.224 length indicator ({lengthIndicator}) runs past the packet");
        }
        if (lengthIndicator == LegacyLengthIndicator)
        {
            return new(X224ConnectionConfirm.Legacy, null);
        }
        if (lengthIndicator < NegotiationLengthIndicator)
        {
            return ConfirmParseResult.NotRdp($"the X.224 length indicator ({lengthIndicator}) leaves no room for negotiation data");
        }
        return ParseNegotiation(packet.Slice(11, 8));
    }

    private static ConfirmParseResult ParseNegotiation(ReadOnlySpan<byte> data)
    {
        var value = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
        return data[0] switch
        {
            ResponseType => new(X224ConnectionConfirm.Selected((RdpProtocol)value, data[1]), null),
            FailureType => new(X224ConnectionConfirm.Failed((NegotiationFailureCode)value), null),
            _ => ConfirmParseResult.NotRdp($"the negotiation data has type 0x{data[0]:X2}, neither RDP_NEG_RSP nor RDP_NEG_FAILURE"),
        };
    }
}
