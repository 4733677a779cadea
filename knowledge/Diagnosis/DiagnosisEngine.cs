namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>
/// Ranks the causes of a case, orders the fixes worth trying and picks the question that would tell the
/// causes apart best. Pure and deterministic: the same knowledge and evidence give the same diagnosis.
/// </summary>
public sealed class DiagnosisEngine
{
    private readonly KnowledgeBase knowledge;
    private readonly PosteriorModel model;
    private readonly CauseReasons causeReasons;
    private readonly FixRanker fixRanker;
    private readonly QuestionChooser questionChooser;

    public DiagnosisEngine(KnowledgeBase knowledge, DiagnosisOptions? options = null, IPriorSource? priors = null)
    {
        options ??= new DiagnosisOptions();
        options.Validate();
        this.knowledge = knowledge;
        model = new PosteriorModel(knowledge, options, priors ?? KnowledgePriorSource.Instance);
        causeReasons = new CauseReasons(model);
        fixRanker = new FixRanker(knowledge, options);
        questionChooser = new QuestionChooser(knowledge, model, options);
    }

    public CaseDiagnosis Diagnose(CaseEvidence evidence)
    {
        var state = CaseState.From(evidence, knowledge);
        var posterior = model.Posterior(state);
        // Most likely first, then by id: a total order, so the unstable sort gives the one ranking there is.
        var order = new int[posterior.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) => posterior[a] != posterior[b]
            ? posterior[b].CompareTo(posterior[a])
            : string.CompareOrdinal(model.Causes[a].Id, model.Causes[b].Id));
        var causes = new List<RankedCause>(order.Length);
        foreach (var i in order)
        {
            var isTop = causes.Count == 0;
            causes.Add(new RankedCause(model.Causes[i], posterior[i], causeReasons, isTop, state));
        }
        return new CaseDiagnosis(
            state.Context,
            causes,
            () => fixRanker.Rank(causes, evidence),
            () => questionChooser.Choose(evidence, state, posterior));
    }
}
