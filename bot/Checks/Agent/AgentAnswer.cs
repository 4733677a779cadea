using System.Net;
using System.Text.Json;
using RdpHelpBot.Agent.Contract;
using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Contract.Signing;

namespace RdpHelpBot.Bot.Checks.Agent;

/// <summary>
/// Judges an agent's answer. A report counts only with a valid signature for this request. A refusal is reported
/// with its reason even when unsigned: it carries no evidence, and a forged one achieves no more than a dropped
/// connection would.
/// </summary>
internal static class AgentAnswer
{
    public static AgentCallResult Read(
        HttpResponseMessage response, byte[] body, AgentEndpoint agent, Uri url, string nonce, DateTimeOffset now, TimeSpan maxClockSkew)
    {
        if (response.StatusCode != HttpStatusCode.OK)
            return AgentCallResult.Failure(Refusal(response.StatusCode, body, agent));
        var headers = SignatureHeaderValues.From(name => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null);
        var failure = SignatureVerifier.Verify(
            headers, agent.Key, SignedMessageShape.Response("POST", url.PathAndQuery, (int)response.StatusCode, body), now, maxClockSkew);
        if (failure == SignatureFailure.None && !string.Equals(headers.Nonce, nonce, StringComparison.Ordinal))
            failure = SignatureFailure.ReplayedNonce;
        if (failure != SignatureFailure.None)
            return AgentCallResult.Failure($"The answer from the agent at {agent.BaseUrl} was ignored: {Untrusted(failure)}");
        try
        {
            return JsonSerializer.Deserialize(body, AgentJsonContext.Default.AgentReport) is { } report
                ? AgentCallResult.Success(report)
                : AgentCallResult.Failure($"The agent at {agent.BaseUrl} sent an empty report.");
        }
        catch (JsonException e)
        {
            return AgentCallResult.Failure($"The agent at {agent.BaseUrl} sent a report the bot cannot read: {e.Message}");
        }
    }

    private static string Untrusted(SignatureFailure failure) => failure switch
    {
        SignatureFailure.MissingSignature => "it is not signed, so it may not come from the agent.",
        SignatureFailure.ClockSkew => "its signature time is too far from the bot's clock (check both clocks), or it is an old answer replayed.",
        SignatureFailure.ReplayedNonce => "it answers a different request, so it is a replayed or misrouted answer.",
        SignatureFailure.UnknownKeyId => "it is signed with a different key id than the bot has for this host.",
        _ => "its signature does not match: it was changed on the way, or the agent's key differs from the bot's.",
    };

    private static string Refusal(HttpStatusCode status, byte[] body, AgentEndpoint agent)
    {
        var reason = ProblemReason(body);
        var hint = reason switch
        {
            "unknown-key-id" or "bad-signature" =>
                $" The key configured for this host (key id '{agent.Key.Id}') does not match the agent's; set the same key on both sides.",
            "clock-skew" => " The bot's and the host's clocks differ by more than the allowed skew; fix the time on the host or the bot.",
            "replayed-nonce" => " The agent saw this request before; try again.",
            _ => "",
        };
        return $"The agent at {agent.BaseUrl} refused the request ({(int)status}{(reason is null ? "" : ", " + reason)}).{hint}";
    }

    private static string? ProblemReason(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, AgentJsonContext.Default.AgentProblem)?.Reason;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
