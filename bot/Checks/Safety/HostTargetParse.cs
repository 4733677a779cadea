namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>The outcome of normalising what a user typed: a target, or a plain-words error.</summary>
internal sealed record HostTargetParse(HostTarget? Target, string? Error)
{
    public bool IsValid => Target is not null;

    public static HostTargetParse Valid(HostTarget target) => new(target, null);

    public static HostTargetParse Invalid(string error) => new(null, error);
}
