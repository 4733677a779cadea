namespace RdpHelpBot.Dialogs.Checks;

/// <summary>
/// Who asks for a check, as the turn says: the channel, the conversation's user id (which some clients choose
/// themselves) and the id the channel verified, if it verified one.
/// </summary>
public sealed record CheckRequester(string ChannelId, string UserId, string? VerifiedUserId);
