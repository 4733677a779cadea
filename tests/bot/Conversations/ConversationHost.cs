using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RdpHelpBot.Bot.Conversations;
using RdpHelpBot.Bot.Knowledge;
using RdpHelpBot.Bot.Storage;

namespace RdpHelpBot.Bot.Tests.Conversations;

/// <summary>A host with the bot's services and the test conversation registered as a product would.</summary>
internal static class ConversationHost
{
    public static IHost Build(params string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Logging.ClearProviders();
        builder.AddKnowledge();
        builder.AddStorage();
        builder.AddConversations<AzureQuestionConversation>();
        return builder.Build();
    }
}
