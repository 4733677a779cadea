namespace RdpHelpBot.Dialogs.Engine;

/// <summary>
/// The dialogs a stack may refer to by id. <see cref="Version"/> is stored with the state; change it when a
/// release changes dialogs so that old conversations restart instead of resuming in the wrong place.
/// </summary>
public sealed class DialogSet
{
    public const string DefaultVersion = "1";

    private readonly Dictionary<string, Dialog> dialogs = new(StringComparer.Ordinal);

    public DialogSet(string version = DefaultVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        Version = version;
    }

    public string Version { get; }

    public IEnumerable<Dialog> Dialogs => dialogs.Values;

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!dialogs.TryAdd(dialog.Id, dialog))
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        return this;
    }

    public Dialog? Find(string dialogId) => dialogs.GetValueOrDefault(dialogId);

    public DialogContext CreateContext(TurnContext turn, State.DialogState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new DialogContext(this, turn, state.Stack, parent: null);
    }
}
