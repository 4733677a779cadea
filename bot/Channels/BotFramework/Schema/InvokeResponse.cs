using System.Text.Json;

namespace RdpHelpBot.Bot.Channels.BotFramework.Schema;

/// <summary>
/// The body answering an <c>adaptiveCard/action</c> invoke: a status, a content type and a value (a message
/// to show, a card to put in place of the old one, or an error).
/// </summary>
internal sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonElement? Value)
{
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string CardType = Attachment.AdaptiveCardContentType;
    public const string ErrorType = "application/vnd.microsoft.error";
}

/// <summary>The value of an <c>adaptiveCard/action</c> invoke.</summary>
internal sealed record AdaptiveCardInvokeValue(AdaptiveCardInvokeAction? Action)
{
    public string? Trigger { get; init; }
}

/// <summary>The <c>Action.Execute</c> that was clicked.</summary>
internal sealed record AdaptiveCardInvokeAction(string? Type, string? Id, string? Verb, JsonElement? Data);

/// <summary>The body of an error the bot returns (<c>application/vnd.microsoft.error</c>).</summary>
internal sealed record ErrorValue(string Code, string Message);

/// <summary>An error answer to the channel's POST, in the Bot Framework's shape.</summary>
internal sealed record ErrorResponse(ErrorValue Error);
