using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Builds the regular expressions the readers use: case-insensitive, culture-free and time-boxed. The readers' own
/// patterns are source-generated with <see cref="Options"/> and <see cref="MatchTimeoutMilliseconds"/>; the knowledge
/// base's, known only when it is loaded, are built here.
/// </summary>
internal static class TextPatterns
{
    /// <summary>Messages are short; a pattern that runs longer than this is pathological, not slow.</summary>
    public const int MatchTimeoutMilliseconds = 250;

    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(MatchTimeoutMilliseconds);

    // A Regex is immutable and thread-safe, so each pattern is built once per process however many understanders are built.
    private static readonly ConcurrentDictionary<string, Regex> Built = new(StringComparer.Ordinal);

    /// <summary>
    /// Patterns run on at most <see cref="ReadingLimits.MaxCharacters"/> characters and most are skipped by their
    /// literal, so they are interpreted: compiling them would cost a second or more before the first message is read.
    /// A pattern that could backtrack without end (a repeated group that repeats inside) runs in linear time with
    /// <see cref="RegexOptions.NonBacktracking"/> when it uses nothing that engine lacks (look-arounds, back-references).
    /// </summary>
    public static Regex Create(string pattern) => Built.GetOrAdd(pattern, static p =>
    {
        if (NestedRepetition.IsIn(p))
        {
            try
            {
                return new Regex(p, Options | RegexOptions.NonBacktracking, MatchTimeout);
            }
            catch (NotSupportedException)
            {
            }
        }
        return new Regex(p, Options, MatchTimeout);
    });

    /// <summary>All matches, or none when the pattern times out on this text.</summary>
    public static IReadOnlyList<Match> MatchesOf(this Regex regex, string text) =>
        WithinTimeout(regex, text, static (r, t) => (IReadOnlyList<Match>)r.Matches(t).Where(m => m.Length > 0).ToList(), []);

    /// <summary>
    /// Runs a match; on a timeout it tries once more, then gives up with <paramref name="none"/>. The first match of
    /// a compiled pattern also compiles its code, which on a busy machine can outlast the limit by itself; a pattern
    /// that times out twice is pathological, and a runaway pattern must not take the conversation down.
    /// </summary>
    public static T WithinTimeout<T>(Regex regex, string text, Func<Regex, string, T> match, T none)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return match(regex, text);
            }
            catch (RegexMatchTimeoutException) when (attempt == 1)
            {
            }
            catch (RegexMatchTimeoutException)
            {
                return none;
            }
        }
    }

    /// <summary>
    /// Where each match is, or none when the pattern times out on this text. Every message runs every fact and
    /// intent pattern and almost all of them find nothing, so this allocates nothing unless something matched.
    /// </summary>
    public static IReadOnlyList<TextSpan> SpansOf(this Regex regex, string text) => WithinTimeout(regex, text, Spans, []);

    private static IReadOnlyList<TextSpan> Spans(Regex regex, string text)
    {
        List<TextSpan>? spans = null;
        foreach (var match in regex.EnumerateMatches(text))
        {
            if (match.Length > 0)
            {
                (spans ??= []).Add(new TextSpan(match.Index, match.Length));
            }
        }
        return spans ?? (IReadOnlyList<TextSpan>)[];
    }

    /// <summary>The first match, or null when there is none or the pattern times out.</summary>
    public static Match? FirstMatchOf(this Regex regex, string text) => regex.MatchesOf(text).FirstOrDefault();

    public static bool HasMatchIn(this Regex regex, string text) => regex.FirstMatchOf(text) is not null;
}
