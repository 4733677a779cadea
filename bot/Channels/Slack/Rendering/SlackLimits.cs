namespace RdpHelpBot.Bot.Channels.Slack.Rendering;

/// <summary>Block Kit's limits (see docs/reference/slack.md §5.4–5.5); the renderer stays within them.</summary>
internal static class SlackLimits
{
    public const int BlocksPerMessage = 50;
    public const int SectionText = 3000;
    public const int HeaderText = 150;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ButtonsPerActions = 25;
    public const int ContextElements = 10;

    /// <summary>
    /// Slack refuses messages whose blocks hold about 12,000–13,000 characters in all (<c>msg_blocks_too_long</c>)
    /// even when every block is within its own limit; a message is split well before that.
    /// </summary>
    public const int MessageText = 11_000;
}
