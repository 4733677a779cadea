using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Dialogs.Conversation.Case;

/// <summary>Tells a case's story from its file: what was said, asked, tried, and what is likely now.</summary>
internal static class CaseSummaries
{
    public const int TopCauseCount = 3;

    public static CaseSummary Build(CaseFile file, KnowledgeBase knowledge, CaseDiagnosis diagnosis) => new(
        file.Evidence.ContextIn(knowledge).Describe(),
        file.Codes.Select(CodeWording.Label).ToList(),
        file.Evidence.Facts.Select(id => knowledge.Facts.GetValueOrDefault(id)?.Statement).OfType<string>().ToList(),
        file.Answers.Select(answer => Answered(answer, knowledge)).OfType<AnsweredQuestion>().ToList(),
        file.Fixes.Select(attempt => Tried(attempt, knowledge)).ToList(),
        diagnosis.Causes.Take(TopCauseCount).Select(c => new LikelyCause(c.Cause.Title, c.Probability, c.Reason)).ToList());

    public static string Describe(FixResult result) => result switch
    {
        FixResult.Worked => "worked",
        FixResult.DidNotWork => "did not work",
        FixResult.CouldNotDo => "could not be done",
        _ => "skipped",
    };

    private static AnsweredQuestion? Answered(QuestionAnswer answer, KnowledgeBase knowledge) =>
        knowledge.Questions.GetValueOrDefault(answer.QuestionId) is { } question
            ? new AnsweredQuestion(
                question.Text,
                question.Answers.FirstOrDefault(a => a.Id == answer.AnswerId)?.Label ?? answer.AnswerId)
            : null;

    private static TriedFix Tried(FixAttempt attempt, KnowledgeBase knowledge) =>
        new(knowledge.Fixes.GetValueOrDefault(attempt.FixId)?.Title ?? attempt.FixId, Describe(attempt.Result));
}
