using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Model;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>What the error codes a user reports mean, in the words of the knowledge files.</summary>
internal static class CodeWording
{
    public const int Main0x904 = 0x904;
    public const int Extended0x7 = 0x7;

    public static string Label(CodeMention code) =>
        $"{(code.Kind == ErrorCodeKind.Main ? "Error code" : "Extended error code")} {code.Hex}";

    public static bool Is0x904(CodeMention code) => code is { Kind: ErrorCodeKind.Main, Number: Main0x904 };

    /// <summary>One sentence on 0x904, and on its extended code when the user gave one we know.</summary>
    public static string Explain0x904(KnowledgeBase knowledge, IReadOnlyList<CodeMention> codes)
    {
        var main = knowledge.FindCode(ErrorCodeKind.Main, Main0x904);
        var extended = codes.Where(c => c.Kind == ErrorCodeKind.Extended)
            .Select(c => knowledge.FindCode(ErrorCodeKind.Extended, c.Number))
            .OfType<ErrorCode>()
            .FirstOrDefault();
        var sentence = main is null ? "Error 0x904 means the connection was closed while it was being set up" : $"Error {main.Value}: {Wording.InSentence(main.Explanation).TrimEnd('.')}";
        return extended is null
            ? sentence + "."
            : $"{sentence}; extended code {extended.Value} adds that {Wording.InSentence(extended.Explanation)}";
    }

    /// <summary>What another code means and what to try, or a plain "I don't know it".</summary>
    public static string ExplainOther(KnowledgeBase knowledge, CodeMention code) =>
        knowledge.FindCode(code.Kind, code.Number) is { } known
            ? $"**{Label(code)}** means “{known.Meaning.TrimEnd('.')}”: {known.Explanation}\nWhat to try: {known.Guidance}"
            : $"I don't know **{Label(code)}**; it is not one of the Remote Desktop codes I have. Check that you copied it exactly from the error message.";
}
