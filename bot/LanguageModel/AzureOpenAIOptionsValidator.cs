using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Conversations;
using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.LanguageModel;

/// <summary>The <c>AzureOpenAI</c> settings must be complete when the model reads messages, and are ignored otherwise.</summary>
internal sealed class AzureOpenAIOptionsValidator(IOptions<UnderstandingOptions> understanding) : IValidateOptions<AzureOpenAIOptions>
{
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(1);

    public ValidateOptionsResult Validate(string? name, AzureOpenAIOptions options)
    {
        if (!ModelReads())
            return ValidateOptionsResult.Skip;
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("https" or "http"))
            return ValidateOptionsResult.Fail("AzureOpenAI:Endpoint must be the resource's https:// address, e.g. https://contoso.openai.azure.com/.");
        if (endpoint.Scheme == "http" && !endpoint.IsLoopback)
            return ValidateOptionsResult.Fail("AzureOpenAI:Endpoint must use https:// (http:// only to this machine).");
        if (string.IsNullOrWhiteSpace(options.Deployment))
            return ValidateOptionsResult.Fail("AzureOpenAI:Deployment must name the model deployment that reads messages.");
        if (options.Timeout < MinTimeout || options.Timeout > MaxTimeout)
            return ValidateOptionsResult.Fail("AzureOpenAI:Timeout must be between 00:00:00.1 and 00:01:00.");
        return ValidateOptionsResult.Success;
    }

    // An Understanding setting that is not valid is reported on its own; these settings wait until it is.
    private bool ModelReads()
    {
        try
        {
            return understanding.Value.Provider == UnderstandingProvider.AzureOpenAI;
        }
        catch (Exception e) when (e is OptionsValidationException || BotServices.IsUnreadableSetting(e))
        {
            return false;
        }
    }
}
