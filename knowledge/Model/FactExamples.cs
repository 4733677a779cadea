namespace RdpHelpBot.Knowledge.Model;

/// <summary>
/// Ways people say a user fact in their own words ("the RDP cert ran out last week"), for an understander that
/// reads by meaning rather than by pattern.
/// </summary>
public sealed class FactExamples : ILocated
{
    /// <summary>The id of the fact the sentences say.</summary>
    public string Fact { get; init; } = "";

    public IReadOnlyList<string> Says { get; init; } = [];

    /// <summary>Set by the loader; never written in the files.</summary>
    public SourceLocation Location { get; internal set; } = SourceLocation.Unknown;

    SourceLocation ILocated.Location { set => Location = value; }
}
