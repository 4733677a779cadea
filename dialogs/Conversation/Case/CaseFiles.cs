using System.Runtime.CompilerServices;
using System.Text.Json;
using RdpHelpBot.Dialogs.Engine;

namespace RdpHelpBot.Dialogs.Conversation.Case;

/// <summary>
/// The open case is kept in the state of the conversation's root dialog, so every step, prompt and
/// interruption below it reads and writes the same case, and it leaves the stack with the conversation.
/// </summary>
internal static class CaseFiles
{
    private const string Key = "case";

    // The case is checked when the state is loaded and read again by most steps and interruptions of a turn;
    // each read deserialised it anew. Its JSON is written only here, so the case last read or written for a
    // root instance is what that JSON holds, and later reads in the turn reuse it. A turn writes the case
    // several times (the user's line, the answer, the next question): it is kept typed and serialised once,
    // when the turn's state is saved.
    private static readonly ConditionalWeakTable<DialogInstance, CaseFile> Known = new();

    public static CaseFile? Find(DialogContext dc) => RootInstance(dc) is { } root ? Get(root) : null;

    public static CaseFile Read(DialogContext dc) =>
        Find(dc) ?? throw new InvalidOperationException("No troubleshooting case is open in this conversation.");

    public static void Write(DialogContext dc, CaseFile file)
    {
        var root = RootInstance(dc) ?? throw new InvalidOperationException(
            $"The case can only be written while the dialog '{DialogIds.Root}' is on the stack.");
        root.SetTyped(Key, file, CaseJsonContext.Default.CaseFile);
        Known.AddOrUpdate(root, file);
    }

    /// <summary>Why a stored root instance holds a case this version cannot read, or null when it can.</summary>
    public static string? DescribeProblem(DialogInstance root)
    {
        try
        {
            _ = Get(root);
            return null;
        }
        catch (JsonException exception)
        {
            return $"The stored case no longer reads: {exception.Message}";
        }
    }

    private static CaseFile? Get(DialogInstance root)
    {
        if (!root.HasValue(Key))
            return null;
        if (Known.TryGetValue(root, out var known))
            return known;
        var file = root.State.Get(Key, CaseJsonContext.Default.CaseFile);
        if (file is not null)
            Known.AddOrUpdate(root, file);
        return file;
    }

    private static DialogInstance? RootInstance(DialogContext dc)
    {
        var top = dc;
        while (top.Parent is not null)
            top = top.Parent;
        return top.Stack.FirstOrDefault(instance => instance.Id == DialogIds.Root);
    }
}
