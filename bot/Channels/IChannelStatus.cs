namespace RdpHelpBot.Bot.Channels;

/// <summary>
/// What a channel says about itself when the bot starts: whether it is on and where, and what the operator should
/// know before exposing it. Every channel registers one; the host logs them all.
/// </summary>
internal interface IChannelStatus
{
    /// <summary>The channel as the log names it, e.g. "Slack".</summary>
    string Name { get; }

    /// <summary>One line: on or off, and how; never a credential.</summary>
    string Describe();

    /// <summary>What needs the operator's attention; usually nothing.</summary>
    IEnumerable<string> Warnings();
}
