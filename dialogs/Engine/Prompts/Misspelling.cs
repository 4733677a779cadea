using RdpHelpBot.Knowledge.Text;

namespace RdpHelpBot.Dialogs.Engine.Prompts;

/// <summary>When a typed phrase still counts as a misspelling of a choice (see <see cref="EditDistance"/>).</summary>
internal static class Misspelling
{
    /// <summary>How many edits still count as a misspelling of a word this long: none for very short words.</summary>
    public static int AllowedEdits(int length) => length switch
    {
        < 4 => 0,
        < 7 => 1,
        < 12 => 2,
        _ => 3,
    };
}
