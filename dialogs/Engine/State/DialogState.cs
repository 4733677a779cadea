using System.Text.Json;

namespace RdpHelpBot.Dialogs.Engine.State;

/// <summary>A conversation's dialog stack as stored between turns: plain JSON, versioned by dialog set.</summary>
public sealed class DialogState
{
    /// <summary>The <see cref="DialogSet.Version"/> the stack was written by.</summary>
    public string Version { get; set; } = "";

    /// <summary>Bottom first; the active dialog is the last entry.</summary>
    public List<DialogInstance> Stack { get; set; } = [];

    public static DialogState CreateEmpty(DialogSet dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        return new DialogState { Version = dialogs.Version };
    }

    /// <summary>
    /// Reads stored state. Never throws for bad state: JSON that does not parse, another version, or a stack
    /// naming dialogs or steps that no longer exist all give an empty stack and a <see cref="DialogStateReset"/>.
    /// </summary>
    public static DialogStateLoad Load(string? json, DialogSet dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        if (string.IsNullOrWhiteSpace(json))
            return new DialogStateLoad(CreateEmpty(dialogs), null);

        DialogState? stored;
        try
        {
            stored = JsonSerializer.Deserialize(json, DialogJsonContext.Default.DialogState);
        }
        catch (JsonException exception)
        {
            return Reset(dialogs, DialogStateResetReason.CorruptJson, exception.Message);
        }

        if (stored is null)
            return Reset(dialogs, DialogStateResetReason.CorruptJson, "The stored state is JSON null.");
        if (stored.Version != dialogs.Version)
            return Reset(dialogs, DialogStateResetReason.VersionChanged,
                $"The state was stored by version '{stored.Version}'; the dialogs are version '{dialogs.Version}'.");
        if (DialogStackValidator.FindProblem(stored.Stack, dialogs.Find) is { } problem)
            return new DialogStateLoad(CreateEmpty(dialogs), problem);
        return new DialogStateLoad(stored, null);
    }

    public string ToJson() => DialogStateWriter.Write(this);

    private static DialogStateLoad Reset(DialogSet dialogs, DialogStateResetReason reason, string detail) =>
        new(CreateEmpty(dialogs), new DialogStateReset(reason, detail));
}
