using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;

/// <summary>
/// A TLS 1.2 server's first flight written by hand: ServerHello selecting TLS_RSA_WITH_AES_128_GCM_SHA256 when the
/// client offers it, the certificate, ServerHelloDone. It holds no private key, so it cannot go further, and it never
/// needs to for a client that only reads the certificate.
/// </summary>
internal static class Tls12ServerFlight
{
    public const int RsaAes128GcmSha256 = 0x009C;

    private const byte Handshake = 22;
    private const byte Alert = 21;

    /// <summary>The cipher suites of the ClientHello at the start of <paramref name="stream"/> (one record).</summary>
    public static async Task<IReadOnlyList<int>> ReadClientHelloSuitesAsync(Stream stream, CancellationToken cancellationToken)
    {
        var header = new byte[5];
        await stream.ReadExactlyAsync(header, cancellationToken);
        if (header[0] != Handshake)
            throw new InvalidDataException($"record type {header[0]} where a ClientHello was expected");
        var record = new byte[BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(3))];
        await stream.ReadExactlyAsync(record, cancellationToken);
        // Handshake header (4), client version (2), random (32), session id, then the suites.
        var at = 4 + 2 + 32;
        at += 1 + record[at];
        var length = BinaryPrimitives.ReadUInt16BigEndian(record.AsSpan(at));
        return [.. Enumerable.Range(0, length / 2).Select(i => (int)BinaryPrimitives.ReadUInt16BigEndian(record.AsSpan(at + 2 + 2 * i)))];
    }

    public static byte[] Flight(X509Certificate2 certificate)
    {
        var hello = new List<byte> { 0x03, 0x03 };
        hello.AddRange(RandomNumberGenerator.GetBytes(32));
        hello.Add(0); // no session id
        hello.AddRange([RsaAes128GcmSha256 >> 8, RsaAes128GcmSha256 & 0xFF]);
        hello.Add(0); // no compression
        var der = certificate.RawData;
        var chain = new List<byte>();
        chain.AddRange(Uint24(der.Length));
        chain.AddRange(der);
        var certificateBody = Uint24(chain.Count).Concat(chain).ToArray();
        var messages = HandshakeMessage(2, [.. hello])
            .Concat(HandshakeMessage(11, certificateBody))
            .Concat(HandshakeMessage(14, []))
            .ToArray();
        return Record(Handshake, messages);
    }

    public static byte[] HandshakeFailureAlert() => Record(Alert, [2, 40]);

    private static byte[] HandshakeMessage(byte type, byte[] body) => [type, .. Uint24(body.Length), .. body];

    private static byte[] Record(byte type, byte[] fragment) =>
        [type, 0x03, 0x03, (byte)(fragment.Length >> 8), (byte)fragment.Length, .. fragment];

    private static byte[] Uint24(int value) => [(byte)(value >> 16), (byte)(value >> 8), (byte)value];
}
