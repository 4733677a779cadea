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

    /// <summary>Who can do the fix, as roles (empty: anyone, on their own PC); what <see cref="Rights"/> says in words.</summary>
    public IReadOnlyList<FixRole> Needs { get; init; } = [];

    public FixRisk Risk { get; init; }

    /// <summary>What to back up first; required for anything above low risk.</summary>
    public string? Backup { get; init; }

    public int EffortMinutes { get; init; }

    public IReadOnlyList<FixStep> Steps { get; init; } = [];

    /// <summary>How the user can tell the fix worked.</summary>
    public string Verify { get; init; } = "";

    /// <summary>
    /// Case-insensitive regular expressions that name doing this fix in free text ("redeployed the VM"); the reader
    /// counts such a phrase as a fix already tried only when the message also says it was tried or did not help.
    /// </summary>
    public IReadOnlyList<string> TriedPatterns { get; init; } = [];
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

/// <summary>A role a fix's steps call for.</summary>
public enum FixRole
{
    /// <summary>Administrator on the computer the user connects to (or on a server of its deployment).</summary>
    HostAdmin,

    /// <summary>Someone signed in at the host's console; no administrator rights.</summary>
    HostSignIn,

    /// <summary>Administrator on the user's own PC.</summary>
    ClientAdmin,

    /// <summary>A role on the Azure resource (Virtual Machine Contributor, Network Contributor).</summary>
    AzureRole,

    /// <summary>Whoever runs the firewall, proxy, VPN or DNS.</summary>
    NetworkAdmin,

    /// <summary>A domain administrator.</summary>
    DomainAdmin,
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
