using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Channels.BotFramework.Connector;

/// <summary>
/// The hosts the bot sends activities (and so its token) to: the public clouds' Bot Connector and Teams
/// hosts, plus any configured. An activity's serviceUrl is data from outside; checking it keeps the token
/// and the conversation from going anywhere else.
/// </summary>
internal sealed class TrustedServiceUrls(IOptions<BotFrameworkOptions> options)
{
    /// <summary>A host is trusted when it is one of these or ends with "." and one of these.</summary>
    public static readonly IReadOnlyList<string> DefaultHosts =
    [
        "botframework.com",
        "botframework.azure.us",
        "smba.trafficmanager.net",
        "teams.microsoft.com",
        "teams.microsoft.us",
    ];

    public bool IsTrusted(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        var configured = options.Value.TrustedServiceUrlHosts;
        if (configured.Any(host => Matches(serviceUrl.IdnHost, host)))
            return serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.IsLoopback;
        return serviceUrl.Scheme == Uri.UriSchemeHttps && DefaultHosts.Any(host => Matches(serviceUrl.IdnHost, host));
    }

    private static bool Matches(string host, string trusted) =>
        host.Equals(trusted, StringComparison.OrdinalIgnoreCase)
        || host.EndsWith("." + trusted, StringComparison.OrdinalIgnoreCase);
}
