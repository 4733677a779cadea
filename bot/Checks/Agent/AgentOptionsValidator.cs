using System.Net;
using Microsoft.Extensions.Options;
using RdpHelpBot.Agent.Contract.Signing;
using RdpHelpBot.Bot.Checks.Safety;

namespace RdpHelpBot.Bot.Checks.Agent;

/// <summary>Refuses an agent entry the bot could not use, naming it by its position and host, never by its key.</summary>
internal sealed class AgentOptionsValidator : IValidateOptions<AgentOptions>
{
    public ValidateOptionsResult Validate(string? name, AgentOptions options)
    {
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Failures(AgentOptions options)
    {
        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(5))
            yield return "Agents:Timeout must be longer than zero and at most 5 minutes.";
        if (options.MaxClockSkew <= TimeSpan.Zero || options.MaxClockSkew > TimeSpan.FromHours(1))
            yield return "Agents:MaxClockSkew must be longer than zero and at most one hour.";
        for (var i = 0; i < options.Hosts.Count; i++)
        {
            foreach (var failure in EntryFailures(options.Hosts[i]))
                yield return $"Agents:Hosts:{i} ({options.Hosts[i].Host}): {failure}";
        }
    }

    private static IEnumerable<string> EntryFailures(AgentHostOptions entry)
    {
        if (!HostPattern.TryParse(entry.Host, out _, out var error))
            yield return $"Host {error ?? "is empty"}";
        var example = AgentDirectory.Expand(entry.BaseUrl, "rdp01.contoso.com", IPAddress.Parse("192.0.2.1"));
        if (!Uri.TryCreate(example, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.Query.Length > 0)
            yield return $"BaseUrl '{entry.BaseUrl}' is not an http or https URL without a query.";
        if (AgentKey.TryCreate(entry.KeyId, entry.Key, out var keyProblem) is null)
            yield return $"KeyId/Key: {keyProblem}.";
    }
}
