using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;
using RdpHelpBot.Bot.Tests.Outbox;

namespace RdpHelpBot.Bot.Tests.Reliability;

/// <summary>
/// The real bot watching four local RDP listeners (CA-issued certificates 5, 20 and 2 days from expiry, a self-signed one
/// expired) with a webhook receiver, killed (SIGKILL) twice: mid-pass while one listener holds its TLS handshake, then
/// while the warnings of the hosts it could read wait in the outbox, the first of them held by the receiver, and the
/// holding host not judged yet. Started a third time, it sends every warning, each under one <c>webhook-id</c>.
/// </summary>
public sealed class WatchPassCrashTests : IAsyncDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private readonly List<(FakeRdpServer Listener, X509Certificate2 Certificate, string Event)> _hosts = [];
    private int _holding = 1;
    private int _held;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KilledMidPassAndWithWarningsQueued_AfterRestart_EveryWarningArrivesUnderOneWebhookId()
    {
        using var authority = TestCertificates.Authority("Contoso Test CA", _now.AddDays(-400), _now.AddDays(400));
        Serve(TestCertificates.IssuedBy(authority, "localhost", _now.AddDays(-300), _now.AddDays(5).AddHours(2)), "certificate.expiring|7");
        Serve(TestCertificates.IssuedBy(authority, "localhost", _now.AddDays(-300), _now.AddDays(20).AddHours(2)), "certificate.expiring|30");
        Serve(TestCertificates.SelfSigned("localhost", _now.AddDays(-180), _now.AddDays(-1)), "certificate.expired|");
        Serve(TestCertificates.IssuedBy(authority, "localhost", _now.AddDays(-300), _now.AddDays(2).AddHours(2)), "certificate.expiring|3", holdsHandshake: true);
        await using var receiver = await LocalWebhookReceiver.StartAsync();
        var settings = Settings(receiver);

        await using (var bot = BotProcess.Launch(_folder.Path, settings))
        {
            await bot.UntilAsync(() => Volatile.Read(ref _held) > 0, "the pass reaching the listener that holds its handshake");
            await bot.Process.KillAsync();
        }
        Assert.Empty(receiver.Arrived);

        receiver.AnswerAfter(TimeSpan.FromMinutes(1));
        await using (var bot = BotProcess.Launch(_folder.Path, settings))
        {
            // The pass gives up on the holding listener after the probe's TLS timeout, queues what it read, and the first webhook is held.
            await bot.UntilAsync(() => !receiver.Arrived.IsEmpty, "the first webhook of the second run");
            await bot.Process.KillAsync();
        }
        Assert.Equal((1, 3), (receiver.Arrived.Count, BotProcess.PendingOutboxRows(_folder.Path)));

        Interlocked.Exchange(ref _holding, 0);
        var expected = _hosts.Select(host => Key(host.Listener, host.Certificate, host.Event)).Order(StringComparer.Ordinal).ToList();
        await using (var bot = BotProcess.Launch(_folder.Path, settings))
        {
            await bot.UntilAsync(() => AcceptedKeys(receiver).Count == expected.Count, "every warning accepted after the restart");
            // A few poll intervals more: a second delivery would show by now.
            await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        }

        Assert.Equal(expected, AcceptedKeys(receiver));
        var idsPerWarning = receiver.Arrived.GroupBy(request => KeyOf(request.Body)).Select(warning => (warning.Key, Ids: warning.Select(r => r.Id).Distinct().Count()));
        Assert.All(idsPerWarning, warning => Assert.Equal((warning.Key, 1), warning));
    }

    private string[] Settings(LocalWebhookReceiver receiver) =>
    [
        "--Checks:AllowedHosts:0=127.0.0.1",
        "--Checks:AllowLoopback=true",
        .. _hosts.SelectMany((host, i) => new[]
        {
            $"--Checks:AllowedPorts:{i}={host.Listener.Port}",
            $"--Watch:Hosts:{i}:Host=127.0.0.1",
            $"--Watch:Hosts:{i}:Port={host.Listener.Port}",
        }),
        $"--Webhooks:0:Url={receiver.Url}",
        $"--Webhooks:0:Secret={LocalWebhookReceiver.Secret}",
        "--Webhooks:0:Events:0=certificate.expiring",
        "--Webhooks:0:Events:1=certificate.expired",
        // A pass cut short by the kill holds the lease this long; the restarted bot's pass runs then.
        "--Watch:LeaseDuration=00:00:02",
        "--Outbox:PollInterval=00:00:00.200",
        "--Outbox:FirstRetryDelay=00:00:00.500",
    ];

    /// <summary>A listener serving <paramref name="certificate"/>; one that holds its handshake does so while the test says.</summary>
    private FakeRdpServer Serve(X509Certificate2 certificate, string expectedEvent, bool holdsHandshake = false)
    {
        var listener = FakeRdpServer.Start(async connection =>
        {
            await connection.ReadRequestAsync();
            await connection.WriteAsync(ConfirmBytes.Selected(RdpProtocol.Ssl));
            if (holdsHandshake && Volatile.Read(ref _holding) == 1)
            {
                await connection.ReadClientHelloAsync();
                Interlocked.Increment(ref _held);
                await connection.WaitForClientToCloseAsync();
                return;
            }
            await connection.ServeTlsAsync(certificate);
        });
        _hosts.Add((listener, certificate, expectedEvent));
        return listener;
    }

    /// <summary>What makes a warning one: type, host, port, address, certificate SHA-256 and threshold.</summary>
    private static string Key(FakeRdpServer listener, X509Certificate2 certificate, string typeAndThreshold)
    {
        var (type, threshold) = (typeAndThreshold.Split('|')[0], typeAndThreshold.Split('|')[1]);
        return $"{type}|127.0.0.1|{listener.Port}|127.0.0.1|{certificate.GetCertHashString(HashAlgorithmName.SHA256)}|{threshold}";
    }

    private static string KeyOf(string body)
    {
        var root = JsonDocument.Parse(body).RootElement;
        var data = root.GetProperty("data");
        var threshold = data.TryGetProperty("threshold", out var days) ? days.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        return $"{root.GetProperty("type").GetString()}|{data.GetProperty("host").GetString()}|{data.GetProperty("port").GetInt32()}|" +
            $"{data.GetProperty("address").GetString()}|{data.GetProperty("sha256").GetString()}|{threshold}";
    }

    private static List<string> AcceptedKeys(LocalWebhookReceiver receiver) =>
        [.. receiver.Accepted.Select(request => KeyOf(request.Body)).Distinct().Order(StringComparer.Ordinal)];

    public async ValueTask DisposeAsync()
    {
        foreach (var (listener, certificate, _) in _hosts)
        {
            await listener.DisposeAsync();
            certificate.Dispose();
        }
        _folder.Dispose();
    }
}
