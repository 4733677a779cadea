using RdpHelpBot.Bot.Channels.Console;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Knowledge;

namespace RdpHelpBot.Bot.Cli.Eval.Conversations;

/// <summary>Plays every story against the bot's turn pipeline, each in a conversation of its own.</summary>
internal sealed class ConversationEvaluation(TurnPipeline pipeline, KnowledgeBase knowledge)
{
    public const string ChannelId = "eval";

    /// <summary>A story that has not reached an end after this many user messages is stopped.</summary>
    public const int MaxMessages = 40;

    /// <param name="transcript">Where to write the conversation as the terminal would show it, or null.</param>
    public async Task<StoryResult> PlayAsync(Story story, TextWriter? transcript, CancellationToken cancellationToken)
    {
        var user = new SimulatedUser(story, knowledge);
        var conversationId = $"{story.Id}-{Guid.NewGuid():N}";
        var message = user.Opening();
        while (message is not null && user.MessagesSent <= MaxMessages)
        {
            var response = await pipeline.ProcessAsync(new TurnRequest(ChannelId, conversationId, "eval-user", message), cancellationToken);
            if (transcript is not null)
                await WriteAsync(transcript, message, response.Replies);
            message = user.Resolved ? null : user.Respond(response.Replies);
        }
        return new StoryResult(
            story, user.RightFixPlace, user.MessagesToRightFix, user.FixesShown, user.MessagesSent, user.Resolved, user.HumanOffered);
    }

    private static async Task WriteAsync(TextWriter transcript, string message, IReadOnlyList<Reply> replies)
    {
        await transcript.WriteLineAsync($"user: {message}");
        foreach (var line in replies.SelectMany(reply => ConsoleReplyRenderer.Render(reply).Lines))
        {
            await transcript.WriteLineAsync($"  bot: {line}");
        }
    }
}
