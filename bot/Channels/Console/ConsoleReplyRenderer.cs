using System.Globalization;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Channels.Console;

/// <summary>
/// Renders a neutral reply as terminal lines. Commands stand on their own indented lines so they copy
/// cleanly; choices are numbered, and <see cref="RenderedReply.Choices"/> says which number means which.
/// </summary>
internal static class ConsoleReplyRenderer
{
    public const string CommandIndent = "    ";

    public static RenderedReply Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var lines = new List<string>();
        var choices = new List<Choice>();
        AddText(lines, reply.Text);
        foreach (var block in reply.Card?.Blocks ?? [])
        {
            AddBlock(lines, choices, block);
        }
        AddChoices(lines, choices, reply.Choices ?? []);
        return new RenderedReply(lines, choices);
    }

    private static void AddBlock(List<string> lines, List<Choice> choices, CardBlock block)
    {
        switch (block)
        {
            case Heading heading:
                lines.Add(TerminalMarkdown.ToPlainText(heading.Text));
                break;
            case Paragraph paragraph:
                AddText(lines, paragraph.Text);
                break;
            case NumberedSteps steps:
                AddSteps(lines, steps.Steps);
                break;
            case CommandBlock command:
                lines.Add($"{command.Shell}:");
                AddCommand(lines, command);
                break;
            case Facts facts:
                lines.AddRange(facts.Lines.Select(fact => $"{fact.Label}: {fact.Value}"));
                break;
            case Actions actions:
                AddChoices(lines, choices, actions.Choices);
                break;
            default:
                throw new ArgumentException($"The terminal cannot render a {block.GetType().Name} block.", nameof(block));
        }
    }

    private static void AddSteps(List<string> lines, IReadOnlyList<NumberedStep> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var shell = step.Command is null ? "" : $" ({step.Command.Shell})";
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {TerminalMarkdown.ToPlainText(step.Text)}{shell}"));
            if (step.Command is not null)
                AddCommand(lines, step.Command);
        }
    }

    private static void AddCommand(List<string> lines, CommandBlock command) =>
        lines.AddRange(SplitLines(command.Command).Select(line => CommandIndent + line));

    private static void AddChoices(List<string> lines, List<Choice> numbered, IReadOnlyList<Choice> choices)
    {
        if (choices.Count == 0)
            return;
        var options = choices.Select(choice =>
        {
            numbered.Add(choice);
            return string.Create(CultureInfo.InvariantCulture, $"{numbered.Count}) {choice.Label}");
        });
        lines.Add("  " + string.Join("  ", options));
    }

    private static void AddText(List<string> lines, string text)
    {
        if (!string.IsNullOrWhiteSpace(text))
            lines.AddRange(SplitLines(TerminalMarkdown.ToPlainText(text)));
    }

    private static string[] SplitLines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}

/// <summary>The lines to print, and the choices in the order they were numbered (1 is the first).</summary>
internal sealed record RenderedReply(IReadOnlyList<string> Lines, IReadOnlyList<Choice> Choices);
