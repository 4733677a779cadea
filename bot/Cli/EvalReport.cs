namespace RdpHelpBot.Bot.Cli;

/// <summary>A user's first message about the error, with the cause that was really behind it.</summary>
internal sealed record EvalReport(string File, string Id, string Cause, string? Context, string? Style, string Text);
