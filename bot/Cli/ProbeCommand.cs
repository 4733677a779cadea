using System.CommandLine;
using System.Text.Json;
using RdpHelpBot.Bot.Checks.Probe;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// <c>probe HOST[:PORT] [--json] [--timeout SECONDS]</c>: checks an RDP listener from here without credentials, for
/// the operator who types it.
/// </summary>
internal static class ProbeCommand
{
    /// <param name="time">What date it is for the certificate (default: the system clock).</param>
    public static Command Build(TimeProvider? time = null)
    {
        var target = new Argument<string>("target")
        {
            Description = $"HOST[:PORT]; the port defaults to {ProbeTarget.DefaultPort}, an IPv6 address goes in brackets: [2001:db8::1]:3389.",
        };
        var json = new Option<bool>("--json") { Description = "Write the report and findings as JSON." };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds to wait for each step (DNS, connect, reply, TLS handshake).",
            DefaultValueFactory = _ => 5,
        };
        var command = new Command("probe", "Check an RDP listener: DNS, TCP, security negotiation, TLS and its certificate.")
        {
            target, json, timeout,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (!ProbeTarget.TryParse(parseResult.GetValue(target) ?? "", out var probeTarget, out var problem))
            {
                await error.WriteLineAsync(problem);
                return 1;
            }
            var seconds = parseResult.GetValue(timeout);
            if (!(seconds is > 0 and <= 600))
            {
                await error.WriteLineAsync($"--timeout must be more than 0 and at most 600 seconds, not {seconds}.");
                return 1;
            }
            var step = TimeSpan.FromSeconds(seconds);
            var options = new ProbeOptions { DnsTimeout = step, ConnectTimeout = step, ReadTimeout = step, TlsTimeout = step };
            var report = await new RdpProbe(options, time).RunAsync(probeTarget, cancellationToken);
            var findings = ProbeFindings.From(report);
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new ProbeDocument(report, findings), ProbeJsonContext.Default.ProbeDocument));
            }
            else
            {
                ProbeReportPrinter.Write(report, findings, output);
            }
            return 0;
        });
        return command;
    }
}
