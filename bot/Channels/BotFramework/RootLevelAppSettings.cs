using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Channels.BotFramework;

/// <summary>
/// The Bot Framework's own root-level setting names (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>,
/// <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>), as Azure's templates and App Service set them: each counts
/// as its <c>BotFramework:</c> setting when that one is not set. Both set to different values stops the start.
/// </summary>
internal sealed class RootLevelAppSettings(IConfiguration configuration) : IConfigureOptions<BotFrameworkOptions>, IValidateOptions<BotFrameworkOptions>
{
    private static readonly string[] Names =
        [nameof(BotFrameworkOptions.MicrosoftAppId), nameof(BotFrameworkOptions.MicrosoftAppPassword),
         nameof(BotFrameworkOptions.MicrosoftAppType), nameof(BotFrameworkOptions.MicrosoftAppTenantId)];

    public void Configure(BotFrameworkOptions options)
    {
        foreach (var name in Names)
        {
            if (Value(name) is not { } root || Value(Section(name)) is not null)
                continue;
            switch (name)
            {
                case nameof(BotFrameworkOptions.MicrosoftAppId):
                    options.MicrosoftAppId = root;
                    break;
                case nameof(BotFrameworkOptions.MicrosoftAppPassword):
                    options.MicrosoftAppPassword = root;
                    break;
                case nameof(BotFrameworkOptions.MicrosoftAppTenantId):
                    options.MicrosoftAppTenantId = root;
                    break;
                case nameof(BotFrameworkOptions.MicrosoftAppType) when Enum.TryParse<MicrosoftAppType>(root, ignoreCase: true, out var type):
                    options.MicrosoftAppType = type;
                    break;
            }
        }
    }

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = Names.Select(Failure).OfType<string>().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private string? Failure(string name)
    {
        if (Value(name) is not { } root)
            return null;
        if (name == nameof(BotFrameworkOptions.MicrosoftAppType) && !Enum.TryParse<MicrosoftAppType>(root, ignoreCase: true, out _))
            return $"{name} '{root}' is not MultiTenant, SingleTenant or UserAssignedMSI.";
        return Value(Section(name)) is { } section && !Same(name, root, section)
            // The values stay out of the message: one of them may be the app's secret.
            ? $"{name} and {Section(name)} are both set, to different values; set only one of them."
            : null;
    }

    private static bool Same(string name, string root, string section) => name switch
    {
        nameof(BotFrameworkOptions.MicrosoftAppPassword) => string.Equals(root, section, StringComparison.Ordinal),
        nameof(BotFrameworkOptions.MicrosoftAppType) => Enum.TryParse<MicrosoftAppType>(section, ignoreCase: true, out var type)
                                                        && Enum.Parse<MicrosoftAppType>(root, ignoreCase: true) == type,
        _ => string.Equals(root.Trim(), section.Trim(), StringComparison.OrdinalIgnoreCase),
    };

    private static string Section(string name) => $"{BotFrameworkOptions.SectionName}:{name}";

    /// <summary>The setting's value; null when it is absent or empty, as App Service leaves the ones it does not use.</summary>
    private string? Value(string key) => configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
}
