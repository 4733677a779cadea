namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>Where a pattern matched in a message.</summary>
internal readonly record struct TextSpan(int Index, int Length)
{
    public int End => Index + Length;
}
