namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>Settings of the troubleshooting conversation that are not knowledge.</summary>
public sealed record ConversationOptions
{
    public const string DefaultChannel = "unknown";

    /// <summary>The channel the conversation runs in, recorded with outcomes and escalations. Default "unknown".</summary>
    public string Channel { get; init; } = DefaultChannel;

    /// <summary>Makes the id of a new case. Default: a new GUID; tests pass a predictable sequence.</summary>
    public Func<string>? NewCaseId { get; init; }
}
