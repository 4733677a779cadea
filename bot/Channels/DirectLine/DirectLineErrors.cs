namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>Direct Line's error responses: a status and <c>{"error":{"code","message"}}</c>.</summary>
internal static class DirectLineErrors
{
    public static IResult Missing() =>
        Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Send the Direct Line secret or a token as 'Authorization: Bearer …'.");

    public static IResult Forbidden() =>
        Error(StatusCodes.Status403Forbidden, "Forbidden", "The secret or token is not valid here.");

    public static IResult Expired() =>
        Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; start a new conversation or get a new token.");

    public static IResult SecretRequired() =>
        Error(StatusCodes.Status403Forbidden, "Forbidden", "Only the Direct Line secret can do this, not a token.");

    public static IResult NotFound() =>
        Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorResponse(new ErrorBody(code, message)), DirectLineJson.Default.ErrorResponse, statusCode: status);
}
