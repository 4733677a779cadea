namespace RdpHelpBot.Knowledge.Model;

/// <summary>A Remote Desktop disconnect code as the client shows it ("Error code" or "Extended error code").</summary>
public sealed class ErrorCode : SourcedItem
{
    public ErrorCodeKind Kind { get; init; }

    /// <summary>Hexadecimal as written in the files, e.g. <c>0x904</c>.</summary>
    public string Value { get; init; } = "";

    /// <summary>The documented constant, e.g. <c>disconnectReasonAtClientWinsockFDCLOSE</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>The documented meaning, e.g. "Socket closed".</summary>
    public string Meaning { get; init; } = "";

    /// <summary>One or two plain sentences for the user.</summary>
    public string Explanation { get; init; } = "";

    /// <summary>What to try first when this is the code the user sees.</summary>
    public string Guidance { get; init; } = "";

    /// <summary>The number, parsed from <see cref="Value"/> by the loader.</summary>
    public int Number { get; internal set; }
}

public enum ErrorCodeKind
{
    /// <summary>The main "Error code" (disconnect reason).</summary>
    Main,

    /// <summary>The "Extended error code" (extended disconnect reason).</summary>
    Extended,
}
