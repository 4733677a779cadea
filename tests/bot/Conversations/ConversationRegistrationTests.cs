using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Conversations;
using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Bot.Tests.Conversations;

public sealed class ConversationRegistrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddConversations_WithAConversation_RunsTurnsThroughThePipeline()
    {
        using var host = ConversationHost.Build("--Storage:Provider=InMemory");
        var pipeline = host.Services.GetRequiredService<TurnPipeline>();

        var response = await pipeline.ProcessAsync(new TurnRequest("test", "c1", "u1", "hello"), Ct);

        Assert.Equal(AzureQuestionConversation.Question, response.Replies[0].Text);
    }

    [Fact]
    public void AddConversations_NoSettings_UsesTheDocumentedDefaults()
    {
        using var host = ConversationHost.Build("--Storage:Provider=InMemory");

        var conversations = host.Services.GetRequiredService<IOptions<ConversationOptions>>().Value;
        var transcripts = host.Services.GetRequiredService<IOptions<TranscriptOptions>>().Value;

        Assert.Equal((TimeSpan.FromMinutes(30), false, 30), (conversations.IdleTimeout, transcripts.Enabled, transcripts.RetentionDays));
    }

    [Theory]
    [InlineData("--Conversations:IdleTimeout=00:00:05", "Conversations:IdleTimeout")]
    [InlineData("--Conversations:SweepInterval=00:00:00", "Conversations:SweepInterval")]
    [InlineData("--Transcripts:RetentionDays=0", "Transcripts:RetentionDays")]
    public async Task StartAsync_SettingOutOfRange_FailsNamingTheSetting(string setting, string name)
    {
        using var host = ConversationHost.Build("--Storage:Provider=InMemory", setting);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains(name, failure.Message, StringComparison.Ordinal);
    }
}
