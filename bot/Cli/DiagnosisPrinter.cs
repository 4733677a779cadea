using System.Globalization;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Bot.Cli;

/// <summary>Writes a diagnosis as plain text for the people who maintain the knowledge.</summary>
internal static class DiagnosisPrinter
{
    public static void Write(CaseDiagnosis diagnosis, CaseEvidence evidence, TextWriter output)
    {
        output.WriteLine($"Context: {diagnosis.Context.Describe()}");
        output.WriteLine($"Facts: {(evidence.Facts.Count == 0 ? "none" : string.Join(", ", evidence.Facts))}");
        output.WriteLine();
        output.WriteLine("Causes:");
        foreach (var (ranked, index) in diagnosis.Causes.Select((ranked, index) => (ranked, index)))
        {
            var articlesOnly = ranked.Cause.IsMicrosoftDocumented ? "" : " [articles only]";
            output.WriteLine($"  {index + 1}. {Percent(ranked.Probability),4}  {ranked.Cause.Title} ({ranked.Cause.Id}){articlesOnly}");
            output.WriteLine($"           {ranked.Reason}");
        }
        output.WriteLine();
        output.WriteLine("Fixes:");
        foreach (var (ranked, index) in diagnosis.Fixes.Select((ranked, index) => (ranked, index)))
        {
            var fix = ranked.Fix;
            output.WriteLine($"  {index + 1}. {fix.Title} ({fix.Id}; {fix.Risk.ToString().ToLowerInvariant()} risk, " +
                             $"{fix.EffortMinutes} min; helps {Percent(ranked.Likelihood)})");
            output.WriteLine($"     {ranked.Reason}");
        }
        output.WriteLine();
        if (diagnosis.NextQuestion is { } question)
        {
            output.WriteLine($"Next question ({question.Id}): {question.Text}");
            foreach (var answer in question.Answers)
            {
                output.WriteLine($"  - {answer.Id}: {answer.Label}");
            }
        }
        else
        {
            output.WriteLine($"No more questions: {diagnosis.StopReason}.");
        }
    }

    private static string Percent(double probability) =>
        (probability * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
