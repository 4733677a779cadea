using System.Globalization;
using System.Text.Json.Nodes;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Channels.Slack.Rendering;

/// <summary>
/// Renders a neutral reply as Block Kit: headings as headers, text as mrkdwn sections, commands as code blocks
/// with their shell as context, choices as buttons whose value is the choice's value. A reply too big for one
/// message (50 blocks, about 12,000 characters) becomes several, in order.
/// </summary>
internal static class SlackReplyRenderer
{
    public const string ChoiceActionPrefix = "choice-";

    /// <summary>Room a code fence and its line breaks take inside a section.</summary>
    private const int FenceLength = 8;

    public static IReadOnlyList<SlackMessage> Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var blocks = new List<JsonObject>();
        var buttons = 0;
        // Text that opens with the card's own heading only repeats it (a helpdesk card's): it is the notification line.
        if (reply.Card?.Blocks.FirstOrDefault() is not Heading heading || !reply.Text.StartsWith(heading.Text, StringComparison.Ordinal))
            AddText(blocks, reply.Text);
        foreach (var block in reply.Card?.Blocks ?? [])
        {
            AddBlock(blocks, block, ref buttons);
        }
        AddChoices(blocks, reply.Choices ?? [], ref buttons);
        return SlackMessagePacker.Pack(blocks, Fallback(reply));
    }

    private static void AddBlock(List<JsonObject> blocks, CardBlock block, ref int buttons)
    {
        switch (block)
        {
            case Heading heading when heading.Text.Length <= SlackLimits.HeaderText:
                blocks.Add(SlackBlocks.Header(heading.Text));
                break;
            case Heading heading:
                AddText(blocks, $"**{heading.Text}**");
                break;
            case Paragraph paragraph:
                AddText(blocks, paragraph.Text);
                break;
            case NumberedSteps steps:
                AddSteps(blocks, steps.Steps);
                break;
            case CommandBlock command:
                AddCommand(blocks, command);
                break;
            case Facts facts:
                AddText(blocks, string.Join('\n', facts.Lines.Select(fact => $"**{fact.Label}:** {fact.Value}")));
                break;
            case Actions actions:
                AddChoices(blocks, actions.Choices, ref buttons);
                break;
            default:
                throw new ArgumentException($"Slack cannot render a {block.GetType().Name} block.", nameof(block));
        }
    }

    private static void AddSteps(List<JsonObject> blocks, IReadOnlyList<NumberedStep> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            AddMrkdwn(blocks, string.Create(CultureInfo.InvariantCulture, $"*{i + 1}.* {SlackMrkdwn.FromMarkdown(steps[i].Text)}"));
            if (steps[i].Command is { } command)
                AddCommand(blocks, command);
        }
    }

    private static void AddCommand(List<JsonObject> blocks, CommandBlock command)
    {
        blocks.Add(SlackBlocks.Context(SlackMrkdwn.Escape(command.Shell)));
        foreach (var piece in SlackTextSplitter.Split(command.Command, SlackLimits.SectionText - FenceLength))
        {
            blocks.Add(SlackBlocks.Section(SlackMrkdwn.CodeBlock(piece)));
        }
    }

    private static void AddChoices(List<JsonObject> blocks, IReadOnlyList<Choice> choices, ref int buttons)
    {
        foreach (var chunk in choices.Chunk(SlackLimits.ButtonsPerActions))
        {
            var elements = new List<JsonObject>();
            foreach (var choice in chunk)
            {
                if (choice.Value.Length > SlackLimits.ButtonValue)
                    throw new ArgumentException($"The choice '{choice.Label}' has a value of {choice.Value.Length} characters; a Slack button holds at most {SlackLimits.ButtonValue}.", nameof(choices));
                // A helpdesk card is there to be claimed.
                elements.Add(SlackBlocks.Button(
                    ChoiceActionPrefix + buttons++.ToString(CultureInfo.InvariantCulture), choice.Label, choice.Value, primary: choice.Value == HelpdeskActions.Claim));
            }
            blocks.Add(SlackBlocks.Actions(elements));
        }
    }

    private static void AddText(List<JsonObject> blocks, string markdown)
    {
        if (!string.IsNullOrWhiteSpace(markdown))
            AddMrkdwn(blocks, SlackMrkdwn.FromMarkdown(markdown));
    }

    private static void AddMrkdwn(List<JsonObject> blocks, string mrkdwn) =>
        blocks.AddRange(SlackTextSplitter.Split(mrkdwn, SlackLimits.SectionText).Select(SlackBlocks.Section));

    private static string Fallback(Reply reply)
    {
        var text = !string.IsNullOrWhiteSpace(reply.Text)
            ? reply.Text
            : reply.Card?.Blocks.OfType<Heading>().FirstOrDefault()?.Text ?? "";
        return SlackBlocks.Truncate(SlackMrkdwn.FromMarkdown(text), SlackLimits.SectionText);
    }
}
