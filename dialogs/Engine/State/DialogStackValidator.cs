namespace RdpHelpBot.Dialogs.Engine.State;

/// <summary>Checks, before a turn runs, that every dialog on a stored stack can still continue.</summary>
internal static class DialogStackValidator
{
    public static DialogStateReset? FindProblem(IReadOnlyList<DialogInstance> stack, Func<string, Dialog?> find)
    {
        foreach (var instance in stack)
        {
            if (find(instance.Id) is not { } dialog)
                return new DialogStateReset(
                    DialogStateResetReason.UnknownDialog,
                    $"The stack names dialog '{instance.Id}', which no longer exists.");
            if (dialog.DescribeStaleState(instance) is { } stale)
                return new DialogStateReset(DialogStateResetReason.StaleDialogState, stale);
            if (dialog is ComponentDialog component
                && FindProblem(instance.Stack ?? [], id => component.Dialogs.Find(id) ?? find(id)) is { } inner)
                return inner;
        }
        return null;
    }
}
