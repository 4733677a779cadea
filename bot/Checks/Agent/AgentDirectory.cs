using System.Net;
using Microsoft.Extensions.Options;
using RdpHelpBot.Agent.Contract.Signing;
using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Checks.Agent;

/// <summary>Finds the agent configured for a checked host (first matching entry of <c>Agents:Hosts</c>).</summary>
internal sealed class AgentDirectory(IOptions<AgentOptions> options)
{
    private readonly IReadOnlyList<(HostPattern Pattern, AgentHostOptions Entry)> entries =
    [
        .. options.Value.Hosts
            .Select(entry => (Parsed: HostPattern.TryParse(entry.Host, out var pattern, out _) ? pattern : null, Entry: entry))
            .Where(x => x.Parsed is not null)
            .Select(x => (x.Parsed!, x.Entry)),
    ];

    public AgentEndpoint? Find(CheckedHost host)
    {
        var entry = entries.FirstOrDefault(e => Matches(e.Pattern, host)).Entry;
        if (entry is null || AgentKey.TryCreate(entry.KeyId, entry.Key, out _) is not { } key)
            return null;
        return Uri.TryCreate(Expand(entry.BaseUrl, host.Name, host.Address), UriKind.Absolute, out var url) ? new AgentEndpoint(url, key) : null;
    }

    /// <summary>Fills in <c>{name}</c> and <c>{address}</c> and makes sure the URL ends with a slash, so relative routes keep its path.</summary>
    public static string Expand(string baseUrl, string name, IPAddress address)
    {
        var literal = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        var url = baseUrl.Replace("{name}", name, StringComparison.Ordinal).Replace("{address}", literal, StringComparison.Ordinal);
        return url.EndsWith('/') ? url : url + "/";
    }

    private static bool Matches(HostPattern pattern, CheckedHost host) =>
        pattern.MatchesName(host.Name) || pattern.Contains(HostTargetNormaliser.Canonical(host.Address));
}
