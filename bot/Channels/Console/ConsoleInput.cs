using System.Globalization;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Channels.Console;

/// <summary>Reads a typed line: the number of a choice on offer is a click on it; anything else is text.</summary>
internal static class ConsoleInput
{
    public static (string Text, string? ChoiceValue) Interpret(string line, IReadOnlyList<Choice> offered)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
               && number >= 1 && number <= offered.Count
            ? ("", offered[number - 1].Value)
            : (trimmed, null);
    }
}
