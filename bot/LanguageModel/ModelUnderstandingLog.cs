namespace RdpHelpBot.Bot.LanguageModel;

/// <summary>What the model understander logs: outcomes and counts, never the user's words.</summary>
internal static partial class ModelUnderstandingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "The model did not read a message ({Failure}, status {Status}); the rules' reading is used")]
    public static partial void NotRead(ILogger logger, ModelFailure failure, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "The model's reading named {Dropped} id(s) or value(s) the knowledge base does not have; they were dropped")]
    public static partial void Dropped(ILogger logger, int dropped);

    [LoggerMessage(Level = LogLevel.Information, Message = "Understanding: the rules{WithEmbeddings}; nothing leaves the machine")]
    public static partial void RulesOnly(ILogger logger, string withEmbeddings);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Understanding: the rules and Azure OpenAI deployment {Deployment} at {Endpoint} ({Authentication}, timeout {Timeout}); sent per message: {Sent}")]
    public static partial void AzureOpenAI(ILogger logger, string deployment, string endpoint, string authentication, TimeSpan timeout, string sent);
}
