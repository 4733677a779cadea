using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Tests.Checks.Probe;

public sealed class CertificateHelloReaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadAsync_ServerSendingACertificateThatNeverEnds_StopsAtTheByteLimit()
    {
        var stream = new EndlessCertificateStream();

        var (read, refusal) = await CreateSut(TimeSpan.FromSeconds(30)).ReadAsync(stream, "rdp-host", c => c.Subject, Ct);

        Assert.Null(read);
        Assert.NotNull(refusal);
        Assert.InRange(stream.BytesRead, 1, CertificateHelloReader.MaxBytesBeforeCertificate);
    }

    [Fact]
    public async Task ReadAsync_ServerThatNeverAnswers_GivesUpAtTheTlsTimeout()
    {
        var (read, refusal) = await CreateSut(TimeSpan.FromMilliseconds(200))
            .ReadAsync(new SilentStream(), "rdp-host", c => c.Subject, Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.Null(read);
        Assert.Equal("no certificate within 0.2 s", refusal);
    }

    [Fact]
    public async Task ReadAsync_ServerSendingBytesThatAreNoCertificate_SaysSoInsteadOfThrowing()
    {
        var (read, refusal) = await CreateSut(TimeSpan.FromSeconds(30)).ReadAsync(new GarbageCertificateStream(), "rdp-host", c => c.Subject, Ct);

        Assert.Null(read);
        Assert.StartsWith("the server's certificate could not be read", refusal);
    }

    private static CertificateHelloReader CreateSut(TimeSpan tlsTimeout) => new(new ProbeOptions { TlsTimeout = tlsTimeout });

    /// <summary>
    /// Answers the hello with a ServerHello and a Certificate message announcing 16 MiB, then certificate bytes in
    /// full-size records for as long as it is read.
    /// </summary>
    private sealed class EndlessCertificateStream : AnsweringStream
    {
        private bool _started;

        public long BytesRead { get; private set; }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var chunk = _started ? Record(new byte[16 * 1024]) : Start();
            _started = true;
            var count = Math.Min(chunk.Length, buffer.Length);
            chunk.AsSpan(0, count).CopyTo(buffer.Span);
            BytesRead += count;
            return ValueTask.FromResult(count);
        }

        private static byte[] Start()
        {
            byte[] hello = [0x03, 0x03, .. new byte[32], 0, 0x00, 0x9C, 0];
            byte[] messages = [2, 0, 0, (byte)hello.Length, .. hello, 11, 0xFF, 0xFF, 0xF0, 0xFF, 0xFF, 0xED];
            return Record(messages);
        }

        private static byte[] Record(byte[] fragment) => [22, 0x03, 0x03, (byte)(fragment.Length >> 8), (byte)fragment.Length, .. fragment];
    }

    /// <summary>Answers the hello with a ServerHello and a Certificate message whose one certificate is 40 bytes of nothing.</summary>
    private sealed class GarbageCertificateStream : AnsweringStream
    {
        private bool _sent;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_sent)
                return ValueTask.FromResult(0);
            _sent = true;
            byte[] hello = [0x03, 0x03, .. new byte[32], 0, 0x00, 0x9C, 0];
            byte[] garbage = [0x30, 0x26, .. Enumerable.Repeat((byte)0x42, 38)];
            byte[] chain = [0, 0, (byte)garbage.Length, .. garbage];
            byte[] body = [0, 0, (byte)chain.Length, .. chain];
            byte[] messages = [2, 0, 0, (byte)hello.Length, .. hello, 11, 0, 0, (byte)body.Length, .. body, 14, 0, 0, 0];
            byte[] record = [22, 0x03, 0x03, (byte)(messages.Length >> 8), (byte)messages.Length, .. messages];
            record.CopyTo(buffer.Span);
            return ValueTask.FromResult(record.Length);
        }
    }

    private sealed class SilentStream : AnsweringStream
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }
    }

    /// <summary>Takes whatever the client writes; what it reads is up to the subclass.</summary>
    private abstract class AnsweringStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public abstract override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
