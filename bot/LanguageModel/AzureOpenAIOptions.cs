namespace RdpHelpBot.Bot.LanguageModel;

/// <summary>Configuration section <c>AzureOpenAI</c>: the deployment that reads messages when <c>Understanding:Provider</c> is <c>AzureOpenAI</c>.</summary>
public sealed class AzureOpenAIOptions
{
    public const string SectionName = "AzureOpenAI";
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(6);

    /// <summary>The resource's endpoint, e.g. <c>https://contoso.openai.azure.com/</c>; required.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The deployment's name (of a model that supports structured outputs); required.</summary>
    public string? Deployment { get; set; }

    /// <summary>The resource's key; never logged. Without one the bot signs in with Entra ID (<c>DefaultAzureCredential</c>).</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one message's reading may take, the one retry included; default 6 seconds, from 100 ms to 1 minute.</summary>
    public TimeSpan Timeout { get; set; } = DefaultTimeout;
}
