namespace RdpHelpBot.Knowledge.Model;

/// <summary>Where an item was written, so every error can point a maintainer at the line to fix.</summary>
public sealed record SourceLocation(string File, int Line)
{
    public static readonly SourceLocation Unknown = new("(unknown)", 0);

    public override string ToString() => $"{File}:{Line}";
}
