namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>Which secret the Direct Line routes use and how long the chat page's tokens last; never the secret.</summary>
internal sealed class DirectLineStatus(DirectLineSecret secret) : IChannelStatus
{
    public string Name => "Direct Line";

    public string Describe() => secret.Describe();

    public IEnumerable<string> Warnings() => [];
}
