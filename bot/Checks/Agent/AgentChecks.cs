using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace RdpHelpBot.Bot.Checks.Agent;

/// <summary>Registers the host-agent client and its evidence source.</summary>
internal static class AgentChecks
{
    public const string HttpClientName = "HostAgent";

    public static IHostApplicationBuilder AddHostAgentChecks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AgentOptions>().BindConfiguration(AgentOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AgentOptions>, AgentOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AgentDirectory>();
        // No retries: a signed request is single-use (the agent refuses its nonce a second time), and a host that
        // did not answer within the timeout will not answer a moment later either.
        services.AddHttpClient<AgentClient>(HttpClientName, client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(HttpClientName, (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<AgentOptions>>().Value.Timeout));
        services.AddTransient<AgentEvidenceSource>();
        services.AddTransient<IHostEvidenceSource>(provider => provider.GetRequiredService<AgentEvidenceSource>());
        return builder;
    }
}
