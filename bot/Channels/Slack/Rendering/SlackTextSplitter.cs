namespace RdpHelpBot.Bot.Channels.Slack.Rendering;

/// <summary>Cuts text into pieces of at most a given length, at line breaks where it can, else at spaces.</summary>
internal static class SlackTextSplitter
{
    public static IReadOnlyList<string> Split(string text, int max)
    {
        var pieces = new List<string>();
        var rest = text.AsSpan().Trim('\n');
        while (rest.Length > max)
        {
            var cut = rest[..(max + 1)].LastIndexOf('\n');
            if (cut <= 0)
                cut = rest[..(max + 1)].LastIndexOf(' ');
            if (cut <= 0)
                cut = max;
            pieces.Add(rest[..cut].TrimEnd().ToString());
            rest = rest[cut..].TrimStart("\n ");
        }
        if (!rest.IsEmpty)
            pieces.Add(rest.ToString());
        return pieces;
    }
}
