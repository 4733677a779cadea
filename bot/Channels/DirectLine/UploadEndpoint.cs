namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>POST conversations/{id}/upload</c>: Direct Line's way to send files. The bot reads text only, so after the
/// same checks as sending an activity (<see cref="ConversationAccessFilter"/>) the answer is a 400 that says so, and
/// the client can tell the user.
/// </summary>
internal static class UploadEndpoint
{
    public const string NotSupportedMessage =
        "This bot does not accept files. Type the error message, or paste the text of a screenshot, instead.";

    public static IResult Post() => DirectLineErrors.BadArgument(NotSupportedMessage);
}
