using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// A pattern of the knowledge (a fact, an intent phrase, a tried fix) with the texts one of which every match
/// contains (<see cref="RequiredLiteral"/>): every message runs every pattern, and most messages contain none of a
/// pattern's texts, so they skip it without running it.
/// </summary>
internal sealed class TextPattern
{
    // Like the regexes, each pattern is read once per process however many understanders are built.
    private static readonly ConcurrentDictionary<string, TextPattern> Built = new(StringComparer.Ordinal);

    private readonly SearchValues<string>? literals;

    private TextPattern(Regex regex, IReadOnlyList<string>? literals)
    {
        Regex = regex;
        Literals = literals;
        this.literals = literals is null ? null : SearchValues.Create([.. literals], StringComparison.OrdinalIgnoreCase);
    }

    public Regex Regex { get; }

    /// <summary>Texts one of which every match contains, or null when the pattern runs on every message.</summary>
    public IReadOnlyList<string>? Literals { get; }

    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    public static TextPattern Create(string pattern) =>
        Built.GetOrAdd(pattern, static p => new TextPattern(TextPatterns.Create(p), RequiredLiteral.AnyOf(p)));

    /// <summary>
    /// False only when no match can be in the text. Outside ASCII, case-insensitive matching has equivalences (the
    /// Kelvin sign and "k") an ordinal comparison does not know, so such a text always runs the pattern.
    /// </summary>
    public bool MayMatch(string text) => literals is null || !Ascii.IsValid(text) || text.AsSpan().ContainsAny(literals);

    /// <summary>Where each match is (<see cref="TextPatterns.SpansOf"/>), without running the pattern when it cannot match.</summary>
    public IReadOnlyList<TextSpan> SpansOf(string text) => MayMatch(text) ? Regex.SpansOf(text) : [];
}
