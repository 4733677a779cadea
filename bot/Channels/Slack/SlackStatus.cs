namespace RdpHelpBot.Bot.Channels.Slack;

/// <summary>Whether Slack is on and how (HTTP, Socket Mode, OAuth install); its warning is part of the line.</summary>
internal sealed class SlackStatus(SlackOptions options) : IChannelStatus
{
    public string Name => "Slack";

    public string Describe() => options.Describe();

    public IEnumerable<string> Warnings() => [];
}
