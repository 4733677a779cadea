using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Channels.Console;

/// <summary>
/// The terminal channel: one line in is one turn, the replies come out as text. At a terminal it shows a
/// prompt; with piped input it prints only the bot's lines and stops at the end of the input.
/// </summary>
internal sealed class ConsoleChat(TurnPipeline pipeline, TextReader input, TextWriter output, bool interactive)
{
    public const string ChannelId = "console";
    /// <summary>The terminal's user is whoever runs the bot on this machine: its operator, so the id counts as verified.</summary>
    public const string UserId = "console-user";
    public const string Prompt = "> ";

    public async Task RunAsync(string conversationId, CancellationToken cancellationToken)
    {
        IReadOnlyList<Choice> offered = [];
        while (true)
        {
            if (interactive)
            {
                await output.WriteAsync(Prompt);
                await output.FlushAsync(cancellationToken);
            }
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
                return;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var (text, choiceValue) = ConsoleInput.Interpret(line, offered);
            var response = await pipeline.ProcessAsync(
                new TurnRequest(ChannelId, conversationId, UserId, text, choiceValue) { VerifiedUserId = UserId }, cancellationToken);
            offered = await WriteAsync(response.Replies, cancellationToken);
        }
    }

    /// <summary>Writes the replies; returns the choices now on offer (the last reply's that had any).</summary>
    private async Task<IReadOnlyList<Choice>> WriteAsync(IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        IReadOnlyList<Choice> offered = [];
        foreach (var rendered in replies.Select(ConsoleReplyRenderer.Render))
        {
            foreach (var line in rendered.Lines)
            {
                await output.WriteLineAsync(line);
            }
            if (rendered.Choices.Count > 0)
                offered = rendered.Choices;
        }
        await output.FlushAsync(cancellationToken);
        return offered;
    }
}
