using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Bot.Cli;
using RdpHelpBot.Bot.Tests.Checks.Probe;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;

namespace RdpHelpBot.Bot.Tests.Cli;

public sealed class ProbeCommandTests
{
    private static readonly DateTimeOffset Now = ProbeRuns.Now;

    [Fact]
    public void Probe_PortOutOfRange_ExitsWithOneAndSaysWhy()
    {
        var run = CommandLine.Run("probe", "rdp.example.com:70000");

        Assert.Equal((1, "'70000' is not a port: use a number from 1 to 65535."), (run.ExitCode, run.Error.Trim()));
    }

    [Fact]
    public void Probe_NegativeTimeout_ExitsWithOne()
    {
        var run = CommandLine.Run("probe", "rdp.example.com", "--timeout", "-1");

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Probe_ValidCertificate_PrintsWhenItExpiresInWords()
    {
        using var certificate = TestCertificates.SelfSigned("localhost", Now.AddDays(-10), Now.AddDays(41).AddHours(1));

        var output = await ProbeTlsServerAsync(certificate);

        Assert.Contains("expires in 41 days", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_ExpiredCertificate_PrintsTheFindingInPlainWords()
    {
        using var certificate = TestCertificates.SelfSigned("localhost", Now.AddDays(-400), Now.AddDays(-3).AddHours(-1));

        var output = await ProbeTlsServerAsync(certificate);

        Assert.Contains("  - The certificate (CN=localhost) expired 3 days ago. [check-cert-expired]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_AnyRdpServer_PrintsOneTableRowPerRequest()
    {
        using var certificate = TestCertificates.SelfSigned("localhost", Now.AddDays(-10), Now.AddDays(100));

        var output = await ProbeTlsServerAsync(certificate);

        Assert.Contains("  SSL|HYBRID|HYBRID_EX  Accepted       selected SSL", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Probe_Json_WritesAReportThatReadsBack()
    {
        using var certificate = TestCertificates.SelfSigned("localhost", Now.AddDays(-10), Now.AddDays(100));

        var output = await ProbeTlsServerAsync(certificate, "--json");

        var document = JsonSerializer.Deserialize(output, ProbeJsonContext.Default.ProbeDocument)!;
        Assert.Equal(certificate.Thumbprint, document.Report.Tls?.Certificate?.Sha1Thumbprint);
    }

    [Fact]
    public async Task Probe_Json_NamesEnumsAndFactsInWords()
    {
        using var certificate = TestCertificates.SelfSigned("localhost", Now.AddDays(-10), Now.AddDays(100));

        var output = await ProbeTlsServerAsync(certificate, "--json");

        Assert.Contains("\"requested\": \"Ssl, Hybrid\"", output, StringComparison.Ordinal);
    }

    private static async Task<string> ProbeTlsServerAsync(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate, params string[] options)
    {
        await using var server = FakeRdpServer.Start(async connection =>
        {
            var requested = await connection.ReadRequestAsync();
            var ssl = requested.HasFlag(RdpProtocol.Ssl);
            await connection.WriteAsync(ConfirmBytes.Selected(ssl ? RdpProtocol.Ssl : RdpProtocol.Rdp));
            if (ssl)
            {
                await connection.ServeTlsAsync(certificate);
            }
        });
        var output = new StringWriter();
        var root = new RootCommand { ProbeCommand.Build(new FakeTimeProvider(Now)) };
        var exitCode = await root.Parse(["probe", $"localhost:{server.Port}", "--timeout", "2", .. options])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, TestContext.Current.CancellationToken);
        Assert.Equal(0, exitCode);
        return output.ToString();
    }
}
