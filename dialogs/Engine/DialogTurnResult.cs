namespace RdpHelpBot.Dialogs.Engine;

public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; <see cref="DialogTurnResult.Result"/> holds its result.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}

/// <summary>How a call on the dialog stack left it, and the result of the dialog that ended last.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static readonly DialogTurnResult Waiting = new(DialogTurnStatus.Waiting);

    public static readonly DialogTurnResult Empty = new(DialogTurnStatus.Empty);

    public static readonly DialogTurnResult Cancelled = new(DialogTurnStatus.Cancelled);
}
