namespace RdpHelpBot.Knowledge.Model;

/// <summary>One hypothesis for "the one thing wrong", with its priors, evidence and fixes.</summary>
public sealed class Cause : SourcedItem
{
    public string Title { get; init; } = "";

    /// <summary>Plain-language explanation for the user.</summary>
    public string Explanation { get; init; } = "";

    /// <summary>Prior probability per host context, keyed by <see cref="HostContexts.Key"/>.</summary>
    public IReadOnlyDictionary<string, double> Priors { get; init; } = new Dictionary<string, double>();

    /// <summary>Likelihood ratio per fact id: above 1 raises the cause, below 1 lowers it.</summary>
    public IReadOnlyDictionary<string, double> Evidence { get; init; } = new Dictionary<string, double>();

    public IReadOnlyList<CauseFix> Fixes { get; init; } = [];

    /// <summary>True when at least one Microsoft document supports the cause; otherwise only the articles claim it.</summary>
    public bool IsMicrosoftDocumented { get; internal set; }

    public double PriorFor(HostContext context) =>
        Priors.TryGetValue(context.Key(), out var prior) ? prior : Priors.GetValueOrDefault("unknown");
}

/// <summary>A fix that addresses a cause, with the chance it resolves the problem when the cause is real.</summary>
public sealed class CauseFix : ILocated
{
    public string Fix { get; init; } = "";
    public double Success { get; init; }
    public SourceLocation Location { get; internal set; } = SourceLocation.Unknown;

    SourceLocation ILocated.Location { set => Location = value; }
}
