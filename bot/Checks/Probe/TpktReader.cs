using System.Buffers.Binary;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>How reading one TPKT packet ended.</summary>
internal enum TpktReadStatus
{
    Packet,
    /// <summary>The peer closed the connection before sending a byte.</summary>
    ClosedBeforeReply,
    /// <summary>The peer closed the connection part-way through a packet.</summary>
    ClosedMidPacket,
    /// <summary>The bytes cannot start a TPKT packet (version 3, sane length).</summary>
    NotTpkt,
}

internal sealed record TpktReadResult(TpktReadStatus Status, byte[] Bytes, string? Problem = null);

/// <summary>Reads one TPKT packet, judging the first byte as soon as it arrives so a banner is not waited out.</summary>
internal static class TpktReader
{
    // A Connection Confirm is 11 or 19 bytes; anything far larger is not one.
    private const int MaxPacketLength = 1024;
    private const int MinPacketLength = 7;

    public static async Task<TpktReadResult> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var header = new byte[4];
        var read = await ReadAtLeastAsync(stream, header.AsMemory(0, 1), cancellationToken);
        if (read == 0)
        {
            return new(TpktReadStatus.ClosedBeforeReply, []);
        }
        if (header[0] != 0x03)
        {
            return new(TpktReadStatus.NotTpkt, header[..1], $"the reply starts with 0x{header[0]:X2}, not a TPKT version 3 header");
        }
        read += await ReadAtLeastAsync(stream, header.AsMemory(1), cancellationToken);
        if (read < header.Length)
        {
            return new(TpktReadStatus.ClosedMidPacket, header[..read], $"the connection closed after {read} of 4 header bytes");
        }
        int length = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(2));
        if (length is < MinPacketLength or > MaxPacketLength)
        {
            return new(TpktReadStatus.NotTpkt, header, $"the TPKT length {length} cannot be a Connection Confirm");
        }
        var packet = new byte[length];
        header.CopyTo(packet, 0);
        read += await ReadAtLeastAsync(stream, packet.AsMemory(header.Length), cancellationToken);
        return read < length
            ? new(TpktReadStatus.ClosedMidPacket, packet[..read], $"the connection closed after {read} of {length} bytes")
            : new(TpktReadStatus.Packet, packet);
    }

    private static async Task<int> ReadAtLeastAsync(Stream stream, Memory<byte> buffer, CancellationToken cancellationToken) =>
        await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
}
