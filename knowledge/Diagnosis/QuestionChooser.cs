using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>Picks the most informative question still open, or says why asking should stop.</summary>
internal sealed class QuestionChooser(KnowledgeBase knowledge, PosteriorModel model, DiagnosisOptions options)
{
    private readonly IReadOnlyList<Question> questions =
        knowledge.Questions.Values.OrderBy(question => question.Id, StringComparer.Ordinal).ToList();

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
        foreach (var question in questions.Where(q => !evidence.HasAsked(q.Id)))
        {
            var answers = InformativeAnswers(question);
            if (answers.Count == 0 || IsAnswered(answers, state))
            {
                continue;
            }
            var gain = InformationGain.Expected(model, state, posterior, answers);
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
        var ordered = posterior.OrderDescending().ToArray();
        var top = ordered[0];
        var second = ordered.Length > 1 ? ordered[1] : 0;
        return top >= options.LeadProbability || top >= options.LeadRatio * second;
    }

    private List<(Answer Answer, Fact Fact)> InformativeAnswers(Question question) =>
        question.Answers
            .Where(answer => answer.Fact is not null && knowledge.Facts.ContainsKey(answer.Fact))
            .Select(answer => (answer, knowledge.Facts[answer.Fact!]))
            .ToList();

    private bool IsAnswered(List<(Answer Answer, Fact Fact)> answers, CaseState state) =>
        answers.Any(answer => state.Facts.Any(known =>
            known.Id == answer.Fact.Id || FactRelations.AreOpposite(knowledge, known.Id, answer.Fact.Id)));
}
