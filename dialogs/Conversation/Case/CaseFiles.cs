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

    public static CaseFile? Find(DialogContext dc) =>
        RootInstance(dc)?.State.Get(Key, CaseJsonContext.Default.CaseFile);

    public static CaseFile Read(DialogContext dc) =>
        Find(dc) ?? throw new InvalidOperationException("No troubleshooting case is open in this conversation.");

    public static void Write(DialogContext dc, CaseFile file)
    {
        var root = RootInstance(dc) ?? throw new InvalidOperationException(
            $"The case can only be written while the dialog '{DialogIds.Root}' is on the stack.");
        root.State.Set(Key, file, CaseJsonContext.Default.CaseFile);
    }

    /// <summary>Why a stored root instance holds a case this version cannot read, or null when it can.</summary>
    public static string? DescribeProblem(DialogInstance root)
    {
        try
        {
            _ = root.State.Get(Key, CaseJsonContext.Default.CaseFile);
            return null;
        }
        catch (JsonException exception)
        {
            return $"The stored case no longer reads: {exception.Message}";
        }
    }

    private static DialogInstance? RootInstance(DialogContext dc)
    {
        var top = dc;
        while (top.Parent is not null)
            top = top.Parent;
        return top.Stack.FirstOrDefault(instance => instance.Id == DialogIds.Root);
    }
}
