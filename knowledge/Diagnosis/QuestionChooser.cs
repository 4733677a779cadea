using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>Picks the most informative question still open, or says why asking should stop.</summary>
internal sealed class QuestionChooser
{
    private readonly KnowledgeBase knowledge;
    private readonly PosteriorModel model;
    private readonly DiagnosisOptions options;

    // The answers that carry a known fact, and the other facts that answer a question, depend on the knowledge only,
    // so they are found once, not per diagnosis.
    private readonly IReadOnlyList<(Question Question, List<(Answer Answer, Fact Fact)> Answers, HashSet<string> AnsweredBy)> questions;

    public QuestionChooser(KnowledgeBase knowledge, PosteriorModel model, DiagnosisOptions options)
    {
        this.knowledge = knowledge;
        this.model = model;
        this.options = options;
        questions = knowledge.Questions.Values
            .OrderBy(question => question.Id, StringComparer.Ordinal)
            .Select(question => (question, InformativeAnswers(question), question.AnsweredBy.ToHashSet(StringComparer.Ordinal)))
            .ToList();
    }

    public (Question? Question, string? StopReason) Choose(CaseEvidence evidence, CaseState state, double[] posterior)
    {
        if (posterior.Length == 0)
        {
            return (null, StopReasons.NothingHelps);
        }
        if (OneCauseLeads(posterior))
        {
            return (null, StopReasons.CauseLeads);
        }
        if (evidence.QuestionsAsked >= options.QuestionBudget)
        {
            return (null, StopReasons.BudgetSpent);
        }
        Question? best = null;
        var bestGain = double.NegativeInfinity;
        var scratch = new InformationGain.Scratch(posterior.Length);
        foreach (var (question, answers, answeredBy) in questions)
        {
            if (evidence.HasAsked(question.Id) || answers.Count == 0 || IsAnswered(answers, answeredBy, state))
            {
                continue;
            }
            var gain = InformationGain.Expected(model, state, posterior, answers, scratch);
            if (gain > bestGain)
            {
                (best, bestGain) = (question, gain);
            }
        }
        return best is not null && bestGain >= options.MinimumGainBits
            ? (best, null)
            : (null, StopReasons.NothingHelps);
    }

    private bool OneCauseLeads(double[] posterior)
    {
        var (top, second) = (posterior[0], 0.0);
        for (var c = 1; c < posterior.Length; c++)
        {
            if (posterior[c] > top)
            {
                (top, second) = (posterior[c], top);
            }
            else if (posterior[c] > second)
            {
                second = posterior[c];
            }
        }
        return top >= options.LeadProbability || top >= options.LeadRatio * second;
    }

    private List<(Answer Answer, Fact Fact)> InformativeAnswers(Question question) =>
        question.Answers
            .Where(answer => answer.Fact is not null && knowledge.Facts.ContainsKey(answer.Fact))
            .Select(answer => (answer, knowledge.Facts[answer.Fact!]))
            .ToList();

    private bool IsAnswered(List<(Answer Answer, Fact Fact)> answers, HashSet<string> answeredBy, CaseState state)
    {
        foreach (var (_, fact) in answers)
        {
            if (state.Settles(fact, knowledge))
            {
                return true;
            }
        }
        if (answeredBy.Count > 0)
        {
            foreach (var fact in state.Facts)
            {
                if (answeredBy.Contains(fact.Id))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
