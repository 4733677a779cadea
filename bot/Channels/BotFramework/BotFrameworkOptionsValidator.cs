using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Channels.BotFramework;

/// <summary>The Bot Framework SDK's rules for which settings each app type needs, checked at start-up.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Failures(BotFrameworkOptions options)
    {
        if (options.ConnectorRetries is < 0 or > 10)
            yield return "BotFramework:ConnectorRetries must be between 0 and 10.";
        if (options.ConnectorRetryDelay < TimeSpan.Zero || options.ConnectorRetryDelay > TimeSpan.FromMinutes(1))
            yield return "BotFramework:ConnectorRetryDelay must be between 0 and 1 minute.";
        foreach (var host in options.TrustedServiceUrlHosts.Where(host => Uri.CheckHostName(host) == UriHostNameType.Unknown))
            yield return $"BotFramework:TrustedServiceUrlHosts: '{host}' is not a host name.";
        if (options.IsLocalMode)
        {
            if (!string.IsNullOrEmpty(options.MicrosoftAppPassword))
                yield return "BotFramework:MicrosoftAppPassword is set but MicrosoftAppId is not.";
            yield break;
        }
        if (!Guid.TryParse(options.MicrosoftAppId, out _))
            yield return $"BotFramework:MicrosoftAppId '{options.MicrosoftAppId}' is not a GUID (the Azure Bot's app id).";
        foreach (var failure in AppTypeFailures(options))
            yield return failure;
    }

    private static IEnumerable<string> AppTypeFailures(BotFrameworkOptions options)
    {
        var hasPassword = !string.IsNullOrEmpty(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        switch (options.MicrosoftAppType)
        {
            case MicrosoftAppType.MultiTenant when !hasPassword:
                yield return "BotFramework:MicrosoftAppPassword is required for a MultiTenant app.";
                break;
            case MicrosoftAppType.SingleTenant:
                if (!hasPassword)
                    yield return "BotFramework:MicrosoftAppPassword is required for a SingleTenant app.";
                if (!hasTenant)
                    yield return "BotFramework:MicrosoftAppTenantId is required for a SingleTenant app.";
                break;
            case MicrosoftAppType.UserAssignedMSI:
                if (hasPassword)
                    yield return "BotFramework:MicrosoftAppPassword must be empty for UserAssignedMSI: the managed identity has no secret.";
                if (!hasTenant)
                    yield return "BotFramework:MicrosoftAppTenantId is required for UserAssignedMSI.";
                break;
        }
    }
}
