using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Dialogs.Checks;

namespace RdpHelpBot.Bot.Checks;

internal static class CheckHostBuilderExtensions
{
    /// <summary>
    /// Host checks from the conversation, switched on by at least one <c>Checks:AllowedHosts</c> entry: the policy,
    /// the RDP probe as the first evidence source, and <see cref="IHostChecks"/>. Needs the storage (the audit log).
    /// </summary>
    public static IHostApplicationBuilder AddHostChecks(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(HostCheckOptions.SectionName).Get<HostCheckOptions>() ?? new();
        builder.Services.AddOptions<HostCheckOptions>().BindConfiguration(HostCheckOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HostCheckOptions>, HostCheckOptionsValidator>();
        if (!options.IsEnabled)
            return builder;
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IHostResolver>(new DnsHostResolver());
        builder.Services.TryAddSingleton<IMachineAddresses, NetworkInterfaceAddresses>();
        builder.Services.AddSingleton<HostCheckPolicy>();
        builder.Services.AddSingleton<CheckIdentities>();
        builder.Services.AddSingleton(services => new RdpProbe(new ProbeOptions(), services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<IHostEvidenceSource, ProbeEvidenceSource>();
        builder.Services.AddSingleton<HostChecks>();
        builder.Services.AddSingleton<IHostChecks>(services => new TurnScopedHostChecks(services.GetRequiredService<HostChecks>()));
        return builder;
    }
}
