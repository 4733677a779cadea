using System.Globalization;

namespace RdpHelpBot.Benchmarks.Probing;

/// <summary>The endpoint process's listing: <c>pid N</c>, <c>endpoint 127.0.0.1 PORT KIND</c> lines, then <c>ready N</c>.</summary>
internal sealed record EndpointList(int ProcessId, IReadOnlyList<BenchEndpoint> Endpoints)
{
    public const string Ready = "ready";

    public static string PidLine(int processId) => string.Create(CultureInfo.InvariantCulture, $"pid {processId}");

    public static string EndpointLine(BenchEndpoint endpoint) =>
        string.Create(CultureInfo.InvariantCulture, $"endpoint 127.0.0.1 {endpoint.Port} {endpoint.Kind.Name()}");

    /// <summary>Reads lines until <c>ready</c>; null when the listing ends before it.</summary>
    public static async Task<EndpointList?> ReadAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var processId = 0;
        var endpoints = new List<BenchEndpoint>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            var parts = line.Split(' ');
            switch (parts)
            {
                case ["pid", var pid]:
                    processId = int.Parse(pid, CultureInfo.InvariantCulture);
                    break;
                case ["endpoint", _, var port, var kind]:
                    endpoints.Add(new BenchEndpoint(int.Parse(port, CultureInfo.InvariantCulture), EndpointKinds.Parse(kind)));
                    break;
                case [Ready, ..]:
                    return new EndpointList(processId, endpoints);
            }
        }
        return null;
    }

    public string Describe() =>
        $"{Endpoints.Count} endpoints in process {ProcessId} (" +
        string.Join(", ", Endpoints.GroupBy(e => e.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.Name()}")) + ")";
}
