using System.Globalization;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering.AdaptiveCards;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Channels.BotFramework.Rendering;

/// <summary>
/// Draws a neutral reply as one Adaptive Card: its text first, then its blocks top to bottom, then its
/// choices as buttons. Commands are drawn exactly as written, in a monospace run that copies cleanly.
/// </summary>
internal static class AdaptiveCardBuilder
{
    public static AdaptiveCard Build(Reply reply, ChoiceButtonKind buttons)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var body = new List<AdaptiveElement>();
        if (!string.IsNullOrWhiteSpace(reply.Text))
            body.Add(Text(reply.Text));
        foreach (var block in reply.Card?.Blocks ?? [])
        {
            body.AddRange(Elements(block, buttons));
        }
        if (reply.HasChoices)
            body.Add(ChoiceButtons.ActionSet(reply.Choices!, buttons));
        return new AdaptiveCard(body);
    }

    private static IEnumerable<AdaptiveElement> Elements(CardBlock block, ChoiceButtonKind buttons) => block switch
    {
        Heading heading => [new TextBlock(heading.Text) { Weight = TextBlock.Bolder, Size = "Medium" }],
        Paragraph paragraph => [Text(paragraph.Text)],
        NumberedSteps steps => Steps(steps.Steps),
        CommandBlock command => [ShellLabel(command.Shell), Command(command)],
        Facts facts => [new FactSet(facts.Lines.Select(line => new AdaptiveFact(line.Label, line.Value)).ToList())],
        Actions actions => [ChoiceButtons.ActionSet(actions.Choices, buttons)],
        _ => throw new ArgumentException($"A card cannot show a {block.GetType().Name} block.", nameof(block)),
    };

    private static IEnumerable<AdaptiveElement> Steps(IReadOnlyList<NumberedStep> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var shell = step.Command is null ? "" : $" _({step.Command.Shell})_";
            // A bold number rather than "1." so each block keeps its own number instead of starting a new list.
            yield return Text(string.Create(CultureInfo.InvariantCulture, $"**{i + 1}.** {step.Text}") + shell);
            if (step.Command is not null)
                yield return Command(step.Command);
        }
    }

    private static TextBlock Text(string markdown) => new(CardMarkdown.FromReplyMarkdown(markdown));

    private static TextBlock ShellLabel(string shell) => new($"{shell}:") { IsSubtle = true, Spacing = "Small" };

    /// <summary>Card text is Markdown, which would eat a command's <c>*</c>, <c>_</c> or <c>\</c>; a text run is not.</summary>
    internal static Container Command(CommandBlock command) =>
        new([new RichTextBlock([new TextRun(command.Command) { FontType = TextBlock.Monospace }])])
        {
            Style = Container.EmphasisStyle,
            Spacing = "Small",
        };
}
