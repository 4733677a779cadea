using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.LanguageModel;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Conversations;

/// <summary>
/// Builds the understander (and loads its sentence-embedding model) while the host starts, so the first user's
/// message does not wait for it, and says which understander reads the users' words (never the key).
/// </summary>
internal sealed class UnderstanderWarmUp(
    IUnderstander understander,
    IOptions<UnderstandingOptions> options,
    IOptions<AzureOpenAIOptions> azure,
    ILogger<UnderstanderWarmUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        understander.Understand("error 0x904 since this morning");
        var understanding = options.Value;
        if (understanding.Provider == UnderstandingProvider.AzureOpenAI)
        {
            var model = azure.Value;
            ModelUnderstandingLog.AzureOpenAI(logger, model.Deployment ?? "", model.Endpoint ?? "",
                string.IsNullOrEmpty(model.ApiKey) ? "Entra ID" : "API key", model.Timeout,
                understanding.SendToModel == ModelInput.MessageAndQuestion ? "the user's message and the question it answers" : "the user's message");
        }
        else
        {
            ModelUnderstandingLog.RulesOnly(logger, understanding.Embeddings ? " and the sentence embeddings" : "");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
