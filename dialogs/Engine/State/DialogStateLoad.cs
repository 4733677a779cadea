namespace RdpHelpBot.Dialogs.Engine.State;

/// <summary>The state to run the turn with, and why the stored one was dropped if it was.</summary>
public sealed record DialogStateLoad(DialogState State, DialogStateReset? Reset)
{
    public bool WasReset => Reset is not null;
}

/// <summary>The stored conversation could not be resumed and was cleared; the caller apologises and restarts.</summary>
public sealed record DialogStateReset(DialogStateResetReason Reason, string Detail);

public enum DialogStateResetReason
{
    /// <summary>The stored JSON does not parse or does not have the shape of a dialog state.</summary>
    CorruptJson,

    /// <summary>The state was written by another <see cref="DialogSet.Version"/>.</summary>
    VersionChanged,

    /// <summary>The stack names a dialog that no longer exists.</summary>
    UnknownDialog,

    /// <summary>A dialog can no longer continue its stored state, e.g. a waterfall step was removed.</summary>
    StaleDialogState,
}
