namespace RdpHelpBot.Knowledge.Model;

/// <summary>Where an item was written, so every error can point a maintainer at the line to fix.</summary>
public sealed record SourceLocation(string File, int Line)
{
    public static readonly SourceLocation Unknown = new("(unknown)", 0);

    /// <summary><c>file:line</c>; just the file (or folder) when there is no line to point at.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}
