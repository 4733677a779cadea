using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Model;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Cli;

/// <summary>Turns what was read of the command's text, <c>--answer q=a</c> pairs and <c>--failed</c> ids into case evidence.</summary>
internal static class DiagnoseInput
{
    public static (CaseEvidence? Evidence, string? Error) ToEvidence(
        KnowledgeBase knowledge, Understanding read, IEnumerable<string> answers, IEnumerable<string> failedFixes)
    {
        var evidence = CaseEvidence.Empty.WithReading(read, knowledge);
        foreach (var pair in answers)
        {
            var (question, answer, error) = FindAnswer(knowledge, pair);
            if (error is not null)
            {
                return (null, error);
            }
            evidence = evidence.WithAskedQuestion(question!.Id);
            if (answer!.Fact is { } fact)
            {
                evidence = evidence.WithFact(fact, knowledge);
            }
        }
        foreach (var fixId in failedFixes)
        {
            if (!knowledge.Fixes.ContainsKey(fixId))
            {
                return (null, $"Unknown fix '{fixId}' in --failed. Fixes: {IdList(knowledge.Fixes.Keys)}.");
            }
            evidence = evidence.WithFailedFix(fixId);
        }
        return (evidence, null);
    }

    private static (Question? Question, Answer? Answer, string? Error) FindAnswer(KnowledgeBase knowledge, string pair)
    {
        var separator = pair.IndexOf('=', StringComparison.Ordinal);
        if (separator <= 0)
        {
            return (null, null, $"--answer expects question=answer, got '{pair}'.");
        }
        var questionId = pair[..separator].Trim();
        var answerText = pair[(separator + 1)..].Trim();
        if (!knowledge.Questions.TryGetValue(questionId, out var question))
        {
            return (null, null, $"Unknown question '{questionId}' in --answer. Questions: {IdList(knowledge.Questions.Keys)}.");
        }
        var answer = question.Answers.FirstOrDefault(a =>
            string.Equals(a.Id, answerText, StringComparison.OrdinalIgnoreCase)
            || string.Equals(a.Label, answerText, StringComparison.OrdinalIgnoreCase));
        return answer is null
            ? (null, null, $"Question '{questionId}' has no answer '{answerText}'. Answers: {string.Join(", ", question.Answers.Select(a => a.Id))}.")
            : (question, answer, null);
    }

    private static string IdList(IEnumerable<string> ids) => string.Join(", ", ids.Order(StringComparer.Ordinal));
}
