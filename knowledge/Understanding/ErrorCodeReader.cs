using System.Globalization;
using System.Text.RegularExpressions;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Reads Remote Desktop error codes in the forms people type: "0x904", "0x00000904", "error 2308", "904",
/// "extended error code 0x7", "0x904/0x7", "0x904 (0x7)". A <c>0x</c> number is always a code; a bare number
/// is one only when it is a known code and an error word introduces it (or it is the whole message), so
/// "3 servers", "port 3389" and "Server 2019" stay numbers.
/// </summary>
internal sealed partial class ErrorCodeReader(KnowledgeBase knowledge)
{
    // Not part of an address, version, port or word: "10.0.0.5", "10.0.19045", "host:3390", "win11".
    [GeneratedRegex(
        @"(?<![\w.@-]|\d:)(?:(?<hex>0x[0-9a-f]{1,8})|(?<dec>\d{1,6}))(?![\w@]|[.:-]\w)",
        TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Candidate { get; }

    [GeneratedRegex(@"[a-z]+|\d", TextPatterns.Options, TextPatterns.MatchTimeoutMilliseconds)]
    private static partial Regex Word { get; }

    public IReadOnlyList<CodeMention> Read(string original, string normalised)
    {
        var candidates = Candidate.MatchesOf(normalised);
        var mentions = new List<CodeMention>();
        CodeMention? previous = null;
        var previousEnd = 0;
        foreach (var candidate in candidates)
        {
            var lead = CodeLead.Between(normalised, previousEnd, candidate.Index);
            var number = candidate.Groups["hex"].Success
                ? ReadHex(candidate.Value, lead, previous)
                : ReadDecimal(candidate.Value, lead, previous, candidates.Count == 1 && IsWholeMessage(normalised, candidate));
            previous = number is null ? null : new CodeMention(number.Value.Kind, number.Value.Number, original.Substring(candidate.Index, candidate.Length));
            previousEnd = candidate.Index + candidate.Length;
            if (previous is not null && !mentions.Any(m => m.Kind == previous.Kind && m.Number == previous.Number))
            {
                mentions.Add(previous);
            }
        }
        return mentions;
    }

    private (ErrorCodeKind Kind, int Number)? ReadHex(string text, CodeLead lead, CodeMention? previous)
    {
        if (!int.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }
        var extended = lead.SaysExtended || SecondHalfOf(previous, lead, number);
        return (extended ? ErrorCodeKind.Extended : ErrorCodeKind.Main, number);
    }

    private (ErrorCodeKind Kind, int Number)? ReadDecimal(string text, CodeLead lead, CodeMention? previous, bool wholeMessage)
    {
        var linked = previous is { Kind: ErrorCodeKind.Main } && lead.IsSlashOrParen;
        if (!(lead.IntroducesCode || lead.SaysExtended || linked || wholeMessage))
        {
            return null;
        }
        var asDecimal = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        var asHex = int.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        var code = lead.SaysExtended || linked
            ? Known(ErrorCodeKind.Extended, asDecimal, asHex)
            : Known(ErrorCodeKind.Main, asDecimal, asHex) ?? Known(ErrorCodeKind.Extended, asDecimal, asHex);
        return code is null ? null : (code.Kind, code.Number);
    }

    // The decimal value wins over the hexadecimal reading: "2308" is 0x904, "904" can only be 0x904.
    private ErrorCode? Known(ErrorCodeKind kind, int asDecimal, int asHex) =>
        knowledge.FindCode(kind, asDecimal) ?? knowledge.FindCode(kind, asHex);

    private bool SecondHalfOf(CodeMention? previous, CodeLead lead, int number)
    {
        if (previous is not { Kind: ErrorCodeKind.Main })
        {
            return false;
        }
        var knownExtended = knowledge.FindCode(ErrorCodeKind.Extended, number) is not null;
        var knownMain = knowledge.FindCode(ErrorCodeKind.Main, number) is not null;
        return lead.IsStrongLink ? knownExtended || !knownMain : lead.IsWeakLink && knownExtended && !knownMain;
    }

    // "904", "error 2308?", "Code: 516" — nothing but the number and the words that introduce it.
    private static bool IsWholeMessage(string normalised, Match candidate)
    {
        var rest = string.Concat(normalised.AsSpan(0, candidate.Index), " ", normalised.AsSpan(candidate.Index + candidate.Length));
        return Word.MatchesOf(rest).All(w => CodeWords.IsIntro(w.Value) || CodeWords.Fillers.Contains(w.Value));
    }
}
