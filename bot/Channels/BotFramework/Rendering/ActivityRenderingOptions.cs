namespace RdpHelpBot.Bot.Channels.BotFramework.Rendering;

/// <summary>How one channel wants replies drawn.</summary>
/// <param name="ChoiceButtons">Which card action the choice buttons are.</param>
/// <param name="ChoicesAsCard">
/// Whether a reply with choices but no card becomes a card (Teams shows suggested actions in personal chats
/// only) rather than text with suggested actions.
/// </param>
internal sealed record ActivityRenderingOptions(ChoiceButtonKind ChoiceButtons, bool ChoicesAsCard)
{
    public const string TeamsChannelId = "msteams";

    /// <summary>Teams: Universal Actions (with Action.Submit as their fallback), and cards for every choice.</summary>
    public static ActivityRenderingOptions Teams { get; } = new(ChoiceButtonKind.ExecuteWithSubmitFallback, ChoicesAsCard: true);

    /// <summary>Web Chat and other channels: Action.Submit (Web Chat does not send Action.Execute) and suggested actions.</summary>
    public static ActivityRenderingOptions Default { get; } = new(ChoiceButtonKind.Submit, ChoicesAsCard: false);

    public static ActivityRenderingOptions ForChannel(string? channelId) =>
        string.Equals(channelId, TeamsChannelId, StringComparison.OrdinalIgnoreCase) ? Teams : Default;
}

internal enum ChoiceButtonKind
{
    /// <summary><c>Action.Submit</c>: the click arrives as a message whose value carries the choice.</summary>
    Submit,

    /// <summary><c>Action.Execute</c>: the click arrives as an <c>adaptiveCard/action</c> invoke.</summary>
    ExecuteWithSubmitFallback,
}
