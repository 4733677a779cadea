namespace RdpHelpBot.Bot.Channels.Slack.Commands;

/// <summary>A slash command invocation: form fields over HTTP, the same names as JSON in Socket Mode.</summary>
internal sealed record SlashCommand(
    string? TeamId,
    string? ChannelId,
    string? UserId,
    string? Command,
    string? Text,
    string? TriggerId = null)
{
    public static SlashCommand FromForm(IReadOnlyDictionary<string, string> form) => new(
        form.GetValueOrDefault("team_id"),
        form.GetValueOrDefault("channel_id"),
        form.GetValueOrDefault("user_id"),
        form.GetValueOrDefault("command"),
        form.GetValueOrDefault("text"),
        form.GetValueOrDefault("trigger_id"));
}
