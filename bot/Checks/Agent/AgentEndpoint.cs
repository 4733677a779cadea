using RdpHelpBot.Agent.Contract.Signing;

namespace RdpHelpBot.Bot.Checks.Agent;

/// <summary>Where one host's agent answers, and the key it shares with the bot.</summary>
internal sealed record AgentEndpoint(Uri BaseUrl, AgentKey Key);
