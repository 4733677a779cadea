using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RdpHelpBot.Bot.Checks.Agent;

namespace RdpHelpBot.Bot.Tests.Checks.Agent.RealAgent;

/// <summary>
/// The bot's registered host-agent services (options, directory, HTTP client pipeline, evidence source) pointed at
/// one agent, on the agent's clock, recording every request they send.
/// </summary>
internal static class BotSideOfTheAgent
{
    public static ServiceProvider Create(Uri agentUrl, string keyId, string secret, TimeProvider clock, SentRequests sent)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Agents:Hosts:0:Host"] = "*.contoso.com",
            ["Agents:Hosts:0:BaseUrl"] = agentUrl.ToString(),
            ["Agents:Hosts:0:KeyId"] = keyId,
            ["Agents:Hosts:0:Key"] = secret,
        });
        builder.Services.AddSingleton(clock);
        builder.AddHostAgentChecks();
        builder.Services.AddHttpClient(AgentChecks.HttpClientName).AddHttpMessageHandler(sent.CreateHandler);
        return builder.Services.BuildServiceProvider();
    }
}
