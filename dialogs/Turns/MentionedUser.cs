namespace RdpHelpBot.Dialogs.Turns;

/// <summary>
/// Someone a message mentions (<c>transfer @Adele</c>), as the channel verified them: <paramref name="Id"/> is in the
/// form of <see cref="TurnRequest.VerifiedUserId"/> (Teams: the AAD object id), <paramref name="Name"/> as the text shows it.
/// </summary>
public sealed record MentionedUser(string Id, string Name);
