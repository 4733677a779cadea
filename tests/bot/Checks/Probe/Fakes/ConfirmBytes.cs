using System.Buffers.Binary;
using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;

/// <summary>Connection Confirm packets as MS-RDPBCGR 2.2.1.2 lays them out (SRC-REF 0x1234, as Windows and xrdp send).</summary>
internal static class ConfirmBytes
{
    public static byte[] Selected(RdpProtocol protocol, byte flags = 0x01) => WithNegotiation(0x02, flags, (uint)protocol);

    public static byte[] Failure(NegotiationFailureCode code) => WithNegotiation(0x03, 0x00, (uint)code);

    public static byte[] Legacy { get; } = [0x03, 0x00, 0x00, 0x0B, 0x06, 0xD0, 0x00, 0x00, 0x12, 0x34, 0x00];

    private static byte[] WithNegotiation(byte type, byte flags, uint value)
    {
        byte[] packet = [0x03, 0x00, 0x00, 0x13, 0x0E, 0xD0, 0x00, 0x00, 0x12, 0x34, 0x00, type, flags, 0x08, 0x00, 0, 0, 0, 0];
        BinaryPrimitives.WriteUInt32LittleEndian(packet.AsSpan(15), value);
        return packet;
    }
}
