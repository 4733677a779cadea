using RdpHelpBot.Bot.Channels.Console;
using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Knowledge;

namespace RdpHelpBot.Bot.Cli.Eval.Conversations;

/// <summary>
/// <c>eval --conversations</c>: plays the stories against the bot as configured (understander, knowledge), with
/// state in memory and the knowledge base's priors unchanged by local outcomes, and prints the figures.
/// </summary>
internal static class ConversationEvalRunner
{
    private static readonly string[] EvaluationSettings = ["--Storage:Provider=InMemory", "--Learning:Weight=0"];

    /// <param name="show">The id of a story whose conversation is printed in full, or null.</param>
    public static async Task<int> RunAsync(
        string[] hostArgs, IReadOnlyList<string> storyFiles, string? show, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        IReadOnlyList<Story> stories;
        try
        {
            stories = storyFiles.SelectMany(StoryReader.Read).ToList();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"The stories could not be read: {e.Message}");
            return 1;
        }
        using var host = ConsoleChatHost.Build([.. hostArgs, .. EvaluationSettings], error);
        if (host is null)
            return 1;
        var evaluation = new ConversationEvaluation(
            host.Services.GetRequiredService<TurnPipeline>(), host.Services.GetRequiredService<KnowledgeBase>());
        var results = new List<StoryResult>();
        foreach (var story in stories)
        {
            results.Add(await evaluation.PlayAsync(story, story.Id == show ? output : null, cancellationToken));
        }
        await ConversationEvalPrinter.PrintAsync(new ConversationEvalSummary(results), output);
        return 0;
    }
}
