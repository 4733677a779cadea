namespace RdpHelpBot.Knowledge.Model;

/// <summary>A remedy with the exact steps a person follows.</summary>
public sealed class Fix : SourcedItem
{
    public string Title { get; init; } = "";

    /// <summary>What the fix does and why it helps, in a sentence or two.</summary>
    public string Summary { get; init; } = "";

    public FixPlace RunsOn { get; init; }

    /// <summary>Rights needed, in words: "local administrator on the host".</summary>
    public string Rights { get; init; } = "";

    public FixRisk Risk { get; init; }

    /// <summary>What to back up first; required for anything above low risk.</summary>
    public string? Backup { get; init; }

    public int EffortMinutes { get; init; }

    public IReadOnlyList<FixStep> Steps { get; init; } = [];

    /// <summary>How the user can tell the fix worked.</summary>
    public string Verify { get; init; } = "";
}

public sealed class FixStep
{
    public string Text { get; init; } = "";

    /// <summary>The exact command to type, if the step has one.</summary>
    public string? Command { get; init; }

    public CommandShell Shell { get; init; } = CommandShell.None;
}

public enum FixPlace
{
    /// <summary>The user's own PC (the Remote Desktop client).</summary>
    Client,
    Host,
    AzurePortal,
    Network,
}

public enum FixRisk
{
    Low,
    Medium,
    High,
}

public enum CommandShell
{
    None,
    Cmd,
    Powershell,
    /// <summary>Typed into Run (Win+R), e.g. <c>certlm.msc</c>.</summary>
    Run,
    AzureCli,
}
