using RdpHelpBot.Agent.Contract.Signing;

namespace RdpHelpBot.Agent.Hosting;

/// <summary>The validated settings the agent runs with.</summary>
internal sealed record AgentSettings(string ListenUrl, AgentKey Key, TimeSpan MaxClockSkew, int MaxRequestBodyBytes, int NonceCapacity)
{
    /// <summary>The settings, or every reason they are unusable (the key itself is never quoted).</summary>
    public static AgentSettings? TryCreate(AgentOptions options, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        var key = AgentKey.TryCreate(options.KeyId, options.Key, out var keyProblem);
        if (keyProblem is not null)
            found.Add($"Agent:KeyId / Agent:Key: {keyProblem}.");
        if (!Uri.TryCreate(options.ListenUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            found.Add($"Agent:ListenUrl '{options.ListenUrl}' is not an http or https URL.");
        if (options.MaxClockSkew <= TimeSpan.Zero || options.MaxClockSkew > TimeSpan.FromHours(1))
            found.Add("Agent:MaxClockSkew must be longer than zero and at most one hour.");
        if (options.MaxRequestBodyBytes is < 64 or > 1024 * 1024)
            found.Add("Agent:MaxRequestBodyBytes must be between 64 and 1048576.");
        if (options.NonceCapacity < 100)
            found.Add("Agent:NonceCapacity must be at least 100.");
        problems = found;
        return found.Count == 0
            ? new AgentSettings(options.ListenUrl, key!, options.MaxClockSkew, options.MaxRequestBodyBytes, options.NonceCapacity)
            : null;
    }
}
