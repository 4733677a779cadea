namespace RdpHelpBot.Bot.Checks.Agent;

/// <summary>Configuration section <c>Agents</c>: which hosts run the host agent, where it listens, and each host's key.</summary>
public sealed class AgentOptions
{
    public const string SectionName = "Agents";

    /// <summary>The first entry whose <see cref="AgentHostOptions.Host"/> matches a checked host is used.</summary>
    public List<AgentHostOptions> Hosts { get; set; } = [];

    /// <summary>How long one request to an agent may take, including reading a large event log (default 20 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How far an agent's clock may be from the bot's (default 5 minutes).</summary>
    public TimeSpan MaxClockSkew { get; set; } = RdpHelpBot.Agent.Contract.Signing.SignatureVerifier.DefaultMaxClockSkew;
}

/// <summary>One host, or a set of hosts, with an agent.</summary>
public sealed class AgentHostOptions
{
    /// <summary>As in <c>Checks:AllowedHosts</c>: a name (<c>rdp01.contoso.com</c>), a wildcard (<c>*.contoso.com</c>), an IP or a CIDR range.</summary>
    public string Host { get; set; } = "";

    /// <summary>
    /// The agent's base URL, e.g. <c>https://rdp01.contoso.com:8690/</c>. <c>{name}</c> stands for the checked host's
    /// name and <c>{address}</c> for the address the safety policy checked (<c>https://{name}:8690/</c>).
    /// </summary>
    public string BaseUrl { get; set; } = "";

    public string KeyId { get; set; } = "";

    /// <summary>Base64 of at least 32 random bytes, the same as the agent's <c>Agent:Key</c>. Never logged.</summary>
    public string Key { get; set; } = "";
}
