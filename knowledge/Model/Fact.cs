namespace RdpHelpBot.Knowledge.Model;

/// <summary>
/// Something that can be true of a case and is evidence for or against causes: an answer, a phrase in the
/// user's words, or a remote-check finding. Causes give it a likelihood ratio.
/// </summary>
public sealed class Fact : KnowledgeItem
{
    /// <summary>The fact as a sentence: "The host is an Azure VM."</summary>
    public string Statement { get; init; } = "";

    /// <summary>A clause for explanations: "the host is an Azure VM".</summary>
    public string Because { get; init; } = "";

    /// <summary>Set when the fact tells what kind of host this is (its priors then apply).</summary>
    public HostContext? Context { get; init; }

    /// <summary>The fact that cannot hold at the same time (e.g. worked-before / never-worked).</summary>
    public string? Opposite { get; init; }

    /// <summary>
    /// What naming this fact on the working side of a contrast says instead: "the Store app fails but in the browser it
    /// works" names the web client as what works, so it says another client works (other-client-works), not that the web
    /// client is used. Without it, such a mention says nothing.
    /// </summary>
    public string? WorkingSide { get; init; }

    /// <summary>
    /// The fact says that something works ("my colleague's PC connects fine"), so it may be read on the working side of a
    /// contrast, where every other fact is left out.
    /// </summary>
    public bool TellsWhatWorks { get; init; }

    /// <summary>Who can establish it: the user's words, or a remote check.</summary>
    public FactOrigin Origin { get; init; } = FactOrigin.User;

    /// <summary>Case-insensitive regular expressions that recognise the fact in free text.</summary>
    public IReadOnlyList<string> Patterns { get; init; } = [];
}

public enum FactOrigin
{
    User,
    Check,
}
