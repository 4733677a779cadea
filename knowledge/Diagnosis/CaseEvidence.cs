using RdpHelpBot.Knowledge.Model;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>
/// What is known about one case: facts in the order they were learned, the questions already asked (also
/// those answered "Not sure") and the fixes that failed or could not be done. Immutable; every change
/// returns a new value, so a conversation can store it as it is.
/// </summary>
public sealed record CaseEvidence(
    IReadOnlyList<string> Facts,
    IReadOnlyList<string> AskedQuestions,
    IReadOnlyList<string> FailedFixes,
    IReadOnlyList<string> SkippedFixes)
{
    public static readonly CaseEvidence Empty = new([], [], [], []);

    /// <summary>
    /// How much the user's description of the problem reads like the known reports of each cause (by cause id): taken
    /// from the first message that describes it, since later ones mostly answer questions.
    /// </summary>
    public IReadOnlyDictionary<string, double> Resemblance
    {
        // A case stored before descriptions were compared is read with none (the JSON reader sets a missing init property to null).
        get => resemblance ?? Understanding.Understanding.EmptyResemblance;
        init => resemblance = value;
    }

    private readonly IReadOnlyDictionary<string, double>? resemblance;

    public int QuestionsAsked => AskedQuestions.Count;

    public bool HasFact(string factId) => Facts.Contains(factId, StringComparer.Ordinal);

    public bool HasAsked(string questionId) => AskedQuestions.Contains(questionId, StringComparer.Ordinal);

    public bool HasFailed(string fixId) => FailedFixes.Contains(fixId, StringComparer.Ordinal);

    public bool HasSkipped(string fixId) => SkippedFixes.Contains(fixId, StringComparer.Ordinal);

    /// <summary>
    /// Adds a fact as the latest one learned. Its opposite (declared on either side) is removed, because the
    /// user's latest word wins; a fact learned again moves to the end.
    /// </summary>
    public CaseEvidence WithFact(string factId, KnowledgeBase knowledge)
    {
        if (!knowledge.Facts.ContainsKey(factId))
        {
            throw new ArgumentException($"Unknown fact '{factId}'.", nameof(factId));
        }
        var kept = Facts.Where(existing => existing != factId && !FactRelations.AreOpposite(knowledge, existing, factId));
        return this with { Facts = [.. kept, factId] };
    }

    public CaseEvidence WithFacts(IEnumerable<string> factIds, KnowledgeBase knowledge) =>
        factIds.Aggregate(this, (evidence, factId) => evidence.WithFact(factId, knowledge));

    /// <summary>
    /// What a message said, as evidence: the facts it states and the fixes it says were already tried in vain, which
    /// count as failed ones. Ids the knowledge does not have are left out.
    /// </summary>
    public CaseEvidence WithReading(Understanding.Understanding read, KnowledgeBase knowledge) =>
        read.TriedFixes.Where(knowledge.Fixes.ContainsKey).Aggregate(
            WithFacts(read.Facts.Where(knowledge.Facts.ContainsKey), knowledge).WithResemblance(read.Resemblance),
            (evidence, fixId) => evidence.WithFailedFix(fixId));

    /// <summary>Keeps how the case's first description reads beside the known reports; a later message does not replace it.</summary>
    public CaseEvidence WithResemblance(IReadOnlyDictionary<string, double> resemblance) =>
        Resemblance.Count > 0 || resemblance.Count == 0 ? this : this with { Resemblance = resemblance };

    /// <summary>Forgets a fact, as when the user corrects the answer that gave it.</summary>
    public CaseEvidence WithoutFact(string factId) => this with { Facts = [.. Facts.Where(existing => existing != factId)] };

    /// <summary>Forgets that a question was asked, so that it may be asked again.</summary>
    public CaseEvidence WithoutAskedQuestion(string questionId) =>
        this with { AskedQuestions = [.. AskedQuestions.Where(asked => asked != questionId)] };

    public CaseEvidence WithAskedQuestion(string questionId) =>
        this with { AskedQuestions = Append(AskedQuestions, questionId) };

    public CaseEvidence WithFailedFix(string fixId) => this with { FailedFixes = Append(FailedFixes, fixId) };

    public CaseEvidence WithSkippedFix(string fixId) => this with { SkippedFixes = Append(SkippedFixes, fixId) };

    /// <summary>The kind of host, from the latest fact that tells it.</summary>
    public HostContext ContextIn(KnowledgeBase knowledge) =>
        FactRelations.ContextOf(FactRelations.Effective(knowledge, Facts));

    public bool Equals(CaseEvidence? other) =>
        other is not null
        && Facts.SequenceEqual(other.Facts)
        && AskedQuestions.SequenceEqual(other.AskedQuestions)
        && FailedFixes.SequenceEqual(other.FailedFixes)
        && SkippedFixes.SequenceEqual(other.SkippedFixes)
        && Resemblance.Count == other.Resemblance.Count
        && Resemblance.All(r => other.Resemblance.TryGetValue(r.Key, out var similarity) && similarity == r.Value);

    public override int GetHashCode() =>
        HashCode.Combine(string.Join('\n', Facts), string.Join('\n', AskedQuestions),
            string.Join('\n', FailedFixes), string.Join('\n', SkippedFixes));

    private static IReadOnlyList<string> Append(IReadOnlyList<string> ids, string id) =>
        ids.Contains(id, StringComparer.Ordinal) ? ids : [.. ids, id];
}
