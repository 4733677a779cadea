using System.Text.Json;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Runs the bot for a Direct Line conversation: a user's message (or click) becomes a turn of the pipeline;
/// the stream shows the bot typing, then each reply, rendered as a Bot Framework activity, is added to the
/// conversation with its own id and watermark.
/// </summary>
internal sealed class DirectLineTurns(TurnPipeline pipeline, IHostApplicationLifetime lifetime, TimeProvider time)
{
    public const string ChannelId = "directline";

    /// <summary>Who the bot is in the conversation's activities.</summary>
    public static readonly ChannelAccount Bot = new("rdphelpbot", "RdpHelpBot") { Role = "bot" };

    /// <summary>The user of a conversation started with the secret, before any message names one.</summary>
    public const string AnonymousUserId = "directline-user";

    /// <summary>Greets a new conversation, as a bot does when Direct Line tells it a conversation started.</summary>
    public Task WelcomeAsync(DirectLineConversation conversation, string? userId)
    {
        var started = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = ChannelId,
            From = new ChannelAccount(userId ?? AnonymousUserId) { Role = "user" },
            Recipient = Bot,
            Conversation = new ConversationAccount(conversation.Id),
        };
        var request = new TurnRequest(ChannelId, conversation.Id, started.From.Id, Text: "");
        return RunAsync(conversation, started, request);
    }

    /// <summary>Answers what the user posted; other activity types (typing, events) need no answer.</summary>
    public Task RespondAsync(DirectLineConversation conversation, JsonElement echo)
    {
        var incoming = echo.Deserialize(BotFrameworkJsonContext.Default.Activity)! with { Recipient = Bot };
        if (incoming.Type != ActivityTypes.Message || incoming.From is null)
            return Task.CompletedTask;
        var choice = ChoiceValueReader.Read(incoming);
        var text = choice is null ? incoming.Text?.Trim() : null;
        if (choice is null && string.IsNullOrEmpty(text))
            return Task.CompletedTask;
        var request = new TurnRequest(ChannelId, conversation.Id, incoming.From.Id, text, choice);
        return RunAsync(conversation, incoming, request);
    }

    private async Task RunAsync(DirectLineConversation conversation, Activity incoming, TurnRequest request)
    {
        conversation.SendTransient(Serialize(new Activity { Type = ActivityTypes.Typing }.ReplyTo(incoming)));
        // A client that stops waiting does not stop the turn: its replies are kept for when it reconnects.
        var response = await pipeline.ProcessAsync(request, lifetime.ApplicationStopping);
        foreach (var reply in response.Replies)
        {
            var activity = ActivityRenderer.Render(reply, ActivityRenderingOptions.Default).ReplyTo(incoming);
            var now = time.GetUtcNow();
            await conversation.AppendAsync(id => Serialize(activity with { Id = id, Timestamp = now }), now, lifetime.ApplicationStopping);
        }
    }

    private JsonElement Serialize(Activity activity) =>
        JsonSerializer.SerializeToElement(activity with { Timestamp = activity.Timestamp ?? time.GetUtcNow() }, BotFrameworkJsonContext.Default.Activity);
}
