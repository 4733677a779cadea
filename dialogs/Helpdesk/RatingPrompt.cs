using System.Globalization;
using System.Text.RegularExpressions;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>
/// Asks for a rating once a case is resolved (by an agent or by the bot), once per case, and takes the answer: a button,
/// or a typed score (1–5, 👍, 👎) with an optional comment after it. Anything else skips the rating and goes on as usual.
/// </summary>
public sealed partial class RatingPrompt(IRatingStore ratings)
{
    public const string ChoicePrefix = "rating.";
    private const string Skip = ChoicePrefix + "skip";
    private const string Up = ChoicePrefix + "up";
    private const string Down = ChoicePrefix + "down";

    public const string Question =
        "How did it go? Rate it 1–5 or 👍/👎. To add a comment, type it after the score (e.g. “5 quick and clear”); or just carry on.";

    private static readonly IReadOnlyList<Choice> Choices =
    [
        .. Enumerable.Range(1, 5).Select(score => new Choice($"{ChoicePrefix}{score}", score.ToString(CultureInfo.InvariantCulture))),
        new Choice(Up, "👍"),
        new Choice(Down, "👎"),
        new Choice(Skip, "Skip"),
    ];

    /// <summary>
    /// The question for a case just resolved in <paramref name="conversation"/>, with the request recorded on the turn;
    /// null when this case was asked before.
    /// </summary>
    public async Task<Reply?> AskAsync(TurnContext turn, string caseId, ConversationKey conversation, bool byAgent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await ratings.FindAsync(caseId, cancellationToken) is not null)
            return null;
        turn.Record(new CaseRating { CaseId = caseId, Conversation = conversation, ByAgent = byAgent, Asked = turn.Time.GetUtcNow() });
        return new Reply(Question, Choices);
    }

    /// <summary>Takes the answer to the rating asked in this conversation; false when none is asked, or the user went on without one.</summary>
    public async Task<bool> HandleAnswerAsync(TurnContext turn, ConversationKey conversation, CancellationToken cancellationToken)
    {
        if (await ratings.FindPendingAsync(conversation, cancellationToken) is not { } pending)
            return false;
        var now = turn.Time.GetUtcNow();
        if (turn.ChoiceValue == Skip)
        {
            turn.Record(pending with { Skipped = true });
            await turn.SendAsync(new Reply("No problem."), cancellationToken);
            return true;
        }
        if (Read(turn) is not { } answer)
        {
            // Not an answer: the user moved on. The rating is not asked again.
            turn.Record(pending with { Skipped = true });
            return false;
        }
        turn.Record(pending with { Score = answer.Score, ThumbsUp = answer.ThumbsUp, Comment = answer.Comment, Rated = now });
        await turn.SendAsync(new Reply(answer.Comment is null ? "Thanks for rating!" : "Thanks for rating, and for the comment!"), cancellationToken);
        return true;
    }

    private static Answer? Read(TurnContext turn)
    {
        switch (turn.ChoiceValue)
        {
            case Up:
                return new Answer(null, true, Comment(turn.Text));
            case Down:
                return new Answer(null, false, Comment(turn.Text));
            case { } value when value.StartsWith(ChoicePrefix, StringComparison.Ordinal)
                && int.TryParse(value.AsSpan(ChoicePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var clicked) && clicked is >= 1 and <= 5:
                return new Answer(clicked, null, null);
        }
        var typed = TypedRating().Match(turn.Text);
        if (!typed.Success)
            return null;
        var comment = Comment(typed.Groups["comment"].Value);
        return typed.Groups["score"].Value switch
        {
            "👍" or "+1" => new Answer(null, true, comment),
            "👎" or "-1" => new Answer(null, false, comment),
            var score => new Answer(int.Parse(score, CultureInfo.InvariantCulture), null, comment),
        };
    }

    private static string? Comment(string text)
    {
        var comment = text.Trim().TrimStart('-', '–', ',', ':', '.').Trim();
        return comment.Length == 0 ? null : comment;
    }

    [GeneratedRegex(@"^\s*(?<score>[1-5](?![0-9.])|👍|👎|\+1|-1)\s*(/\s*5|stars?|of 5)?(?<comment>.*)$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TypedRating();

    private sealed record Answer(int? Score, bool? ThumbsUp, string? Comment);
}
