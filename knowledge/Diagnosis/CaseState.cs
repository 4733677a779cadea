using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>The evidence resolved against the knowledge: the facts that hold and the context they imply.</summary>
internal sealed record CaseState(HostContext Context, IReadOnlyList<Fact> Facts, IReadOnlyList<Fix> FailedFixes)
{
    private readonly IReadOnlyDictionary<string, double> resemblance = Understanding.Understanding.EmptyResemblance;

    /// <summary>How much the user's description reads like each cause's known reports; see <see cref="CaseEvidence.Resemblance"/>.</summary>
    public IReadOnlyDictionary<string, double> Resemblance
    {
        get => resemblance;
        init
        {
            resemblance = value;
            // Read once here: every posterior of a diagnosis (one per answer its questions could get) weighs every cause by them.
            HighestResemblance = value.Count == 0 ? 0 : value.Values.Max();
            MeanResemblance = value.Count == 0 ? 0 : value.Values.Average();
        }
    }

    /// <summary>The resemblance of the cause the description reads most like; 0 without a description.</summary>
    public double HighestResemblance { get; private init; }

    /// <summary>The mean resemblance over the causes compared; 0 without a description.</summary>
    public double MeanResemblance { get; private init; }

    public static CaseState From(CaseEvidence evidence, KnowledgeBase knowledge)
    {
        var facts = FactRelations.Effective(knowledge, evidence.Facts);
        // Ids the knowledge no longer has are ignored, like facts, so stored cases survive knowledge updates.
        var failed = evidence.FailedFixes.Select(id => knowledge.Fixes.GetValueOrDefault(id)).OfType<Fix>().ToList();
        return new CaseState(FactRelations.ContextOf(facts), facts, failed) { Resemblance = evidence.Resemblance };
    }

    /// <summary>Whether the fact or its opposite is already known; asked for every answer of every open question.</summary>
    public bool Settles(Fact fact, KnowledgeBase knowledge)
    {
        for (var i = 0; i < Facts.Count; i++)
        {
            if (Facts[i].Id == fact.Id || FactRelations.AreOpposite(knowledge, Facts[i].Id, fact.Id))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The state after one more fact that neither repeats nor contradicts the known ones.</summary>
    public CaseState With(Fact fact) =>
        this with { Context = fact.Context ?? Context, Facts = [.. Facts, fact] };
}
