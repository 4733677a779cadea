using RdpHelpBot.Agent.Contract.Signing;

namespace RdpHelpBot.Agent.Hosting;

/// <summary>Configuration section <c>Agent</c> (environment: <c>Agent__KeyId</c>, <c>Agent__Key</c>, …).</summary>
public sealed class AgentOptions
{
    public const string SectionName = "Agent";

    /// <summary>Where Kestrel listens, e.g. <c>https://0.0.0.0:8690</c>.</summary>
    public string ListenUrl { get; set; } = "http://0.0.0.0:8690";

    /// <summary>The id the bot names this host's key by.</summary>
    public string KeyId { get; set; } = "";

    /// <summary>The shared key, Base64 of at least 32 random bytes. Never logged.</summary>
    public string Key { get; set; } = "";

    public TimeSpan MaxClockSkew { get; set; } = SignatureVerifier.DefaultMaxClockSkew;

    /// <summary>Requests with a larger body are refused before any work (default 16 KiB).</summary>
    public int MaxRequestBodyBytes { get; set; } = 16 * 1024;

    /// <summary>How many recent nonces are remembered; past this, requests are refused until old ones expire.</summary>
    public int NonceCapacity { get; set; } = 100_000;
}
