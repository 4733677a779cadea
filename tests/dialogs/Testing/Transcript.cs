using System.Text;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Tests.Testing;

/// <summary>The conversation so far, readable in a failed test's output.</summary>
internal sealed class Transcript
{
    private readonly StringBuilder text = new();

    public void User(string said, string? clicked) =>
        text.AppendLine(clicked is null ? $"user: {said}" : $"user: [clicked {clicked}] {said}".TrimEnd());

    public void Bot(Reply reply) => text.AppendLine($"  bot: {Describe(reply)}");

    public void Note(string note) => text.AppendLine(note);

    public override string ToString() => text.ToString();

    public static string Describe(Reply reply)
    {
        var description = new StringBuilder(reply.Text);
        if (reply.HasChoices)
            description.Append(' ').AppendJoin(' ', reply.Choices!.Select(choice => $"[{choice.Label}]"));
        if (reply.Card is { } card)
            description.Append(" {card: ").AppendJoin(", ", card.Blocks.Select(DescribeBlock)).Append('}');
        return description.ToString();
    }

    private static string DescribeBlock(CardBlock block) => block switch
    {
        Heading heading => $"heading \"{heading.Text}\"",
        Paragraph paragraph => $"paragraph \"{paragraph.Text}\"",
        NumberedSteps steps => $"{steps.Steps.Count} steps",
        CommandBlock command => $"{command.Shell} command",
        Facts facts => $"{facts.Lines.Count} facts",
        Actions actions => string.Join(' ', actions.Choices.Select(choice => $"[{choice.Label}]")),
        _ => block.GetType().Name,
    };
}
