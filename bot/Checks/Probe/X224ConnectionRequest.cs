using System.Buffers.Binary;
using System.Text;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>
/// Builds the client's first packet (MS-RDPBCGR 2.2.1.1): TPKT header, X.224 Connection Request, the optional
/// <c>Cookie: mstshash=</c> line and RDP_NEG_REQ. TPKT and X.224 fields are big-endian, RDP_NEG_REQ little-endian.
/// </summary>
internal static class X224ConnectionRequest
{
    private const string CookiePrefix = "Cookie: mstshash=";
    private const int TpktHeaderLength = 4;
    private const int FixedX224Length = 7;
    private const int NegotiationRequestLength = 8;

    /// <summary>The X.224 length indicator is one byte (at most 254), and it counts the cookie too.</summary>
    public static readonly int MaxCookieIdentifierLength =
        254 - (FixedX224Length - 1) - NegotiationRequestLength - CookiePrefix.Length - 2;

    public static byte[] Build(RdpProtocol requested, string? cookieIdentifier = null)
    {
        var cookie = cookieIdentifier is null ? [] : CookieBytes(cookieIdentifier);
        var lengthIndicator = FixedX224Length - 1 + cookie.Length + NegotiationRequestLength;
        var packet = new byte[TpktHeaderLength + 1 + lengthIndicator];
        packet[0] = 0x03;
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(2), (ushort)packet.Length);
        packet[4] = (byte)lengthIndicator;
        packet[5] = 0xE0;
        // DST-REF, SRC-REF and class stay zero, as the client side of the specification requires.
        cookie.CopyTo(packet, TpktHeaderLength + FixedX224Length);
        var negotiation = packet.AsSpan(TpktHeaderLength + FixedX224Length + cookie.Length);
        negotiation[0] = 0x01;
        BinaryPrimitives.WriteUInt16LittleEndian(negotiation[2..], NegotiationRequestLength);
        BinaryPrimitives.WriteUInt32LittleEndian(negotiation[4..], (uint)requested);
        return packet;
    }

    /// <summary>Why the identifier cannot go into the cookie, or null when it can.</summary>
    public static string? ProblemWithCookie(string identifier)
    {
        if (identifier.Length == 0 || identifier.Length > MaxCookieIdentifierLength)
        {
            return $"The cookie identifier must be 1 to {MaxCookieIdentifierLength} characters long.";
        }
        return identifier.Any(c => c is < (char)0x21 or > (char)0x7E)
            ? "The cookie identifier must be printable ASCII without spaces or line breaks."
            : null;
    }

    private static byte[] CookieBytes(string identifier)
    {
        if (ProblemWithCookie(identifier) is { } problem)
        {
            throw new ArgumentException(problem, nameof(identifier));
        }
        return Encoding.ASCII.GetBytes($"{CookiePrefix}{identifier}\r\n");
    }
}
