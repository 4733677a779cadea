namespace RdpHelpBot.Dialogs.Engine;

/// <summary>Names of turns that the host raises itself rather than a user message.</summary>
public static class TurnEvents
{
    /// <summary>The conversation has been idle past the configured time and is being closed.</summary>
    public const string Idle = "conversation-idle";
}
