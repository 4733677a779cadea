namespace RdpHelpBot.Bot.Hosting.Callers;

/// <summary>
/// Configuration section <c>ReverseProxy</c>: the reverse proxies in front of the bot. Their <c>X-Forwarded-For</c>
/// and <c>X-Forwarded-Proto</c> name the caller and the scheme; nobody else's forwarding headers are believed.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "ReverseProxy";

    /// <summary>The proxies' IP addresses, e.g. <c>10.0.0.5</c>; default none.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Ranges the proxies are in, in CIDR notation, e.g. <c>10.0.0.0/24</c>; default none.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
