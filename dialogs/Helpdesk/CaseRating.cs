using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>
/// How the user rated a resolved case, one per case: asked once (<see cref="Asked"/>), answered with a score of 1–5 or
/// a thumb and an optional comment, or left unanswered (<see cref="Skipped"/>).
/// </summary>
public sealed record CaseRating
{
    public required string CaseId { get; init; }

    /// <summary>The conversation the rating was asked in.</summary>
    public required ConversationKey Conversation { get; init; }

    /// <summary>Whether a person (an agent) resolved the case; otherwise the bot did.</summary>
    public bool ByAgent { get; init; }

    public DateTimeOffset Asked { get; init; }

    /// <summary>1 (poor) to 5 (great); null for a thumb or no answer.</summary>
    public int? Score { get; init; }

    /// <summary>👍 true, 👎 false; null for a score or no answer.</summary>
    public bool? ThumbsUp { get; init; }

    public string? Comment { get; init; }

    public DateTimeOffset? Rated { get; init; }

    /// <summary>The user went on without rating; the rating is not asked again.</summary>
    public bool Skipped { get; init; }

    /// <summary>Asked and neither answered nor skipped yet.</summary>
    public bool IsPending => Rated is null && !Skipped;
}

/// <summary>The ratings of resolved cases, one per case.</summary>
public interface IRatingStore
{
    /// <summary>Keeps the rating, replacing the case's earlier one, in <paramref name="transaction"/> when given.</summary>
    Task SaveAsync(CaseRating rating, IStateTransaction? transaction, CancellationToken cancellationToken);

    Task<CaseRating?> FindAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>The rating asked in <paramref name="conversation"/> and not answered or skipped yet; null when none is.</summary>
    Task<CaseRating?> FindPendingAsync(ConversationKey conversation, CancellationToken cancellationToken);

    /// <summary>Every rating, oldest request first.</summary>
    Task<IReadOnlyList<CaseRating>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>The ratings in process memory: for tests and throw-away runs.</summary>
public sealed class InMemoryRatingStore : IRatingStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, CaseRating> _ratings = new(StringComparer.Ordinal);

    public Task SaveAsync(CaseRating rating, IStateTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rating);
        lock (_lock)
            _ratings[rating.CaseId] = rating;
        return Task.CompletedTask;
    }

    public Task<CaseRating?> FindAsync(string caseId, CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult(_ratings.GetValueOrDefault(caseId));
    }

    public Task<CaseRating?> FindPendingAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult(_ratings.Values.Where(rating => rating.IsPending && rating.Conversation == conversation).MaxBy(rating => rating.Asked));
    }

    public Task<IReadOnlyList<CaseRating>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<CaseRating>>([.. _ratings.Values.OrderBy(rating => rating.Asked)]);
    }
}
