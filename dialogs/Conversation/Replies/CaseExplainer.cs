using System.Globalization;
using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge.Model;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// Answers "why do you ask?", "what does this mean?", "is this safe?", "what does takeown do here?" and "what
/// does 0x204 mean?" from the knowledge base, about whatever is on screen: the pending question or fix.
/// </summary>
internal sealed class CaseExplainer(CaseServices services)
{
    public Reply Explain(TurnContext turn, CaseFile? file, Understanding understanding, IntentKind asked)
    {
        var knowledge = services.Knowledge;
        if (understanding.Codes.Count > 0 && asked != IntentKind.AskSafety)
            return new Reply(string.Join("\n\n", understanding.Codes.Select(code =>
                CodeWording.Is0x904(code) ? CodeWording.Explain0x904(knowledge, [code]) : CodeWording.ExplainOther(knowledge, code))));
        if (file?.PendingFix is { } fixId && knowledge.Fixes.TryGetValue(fixId, out var fix))
        {
            return asked switch
            {
                IntentKind.AskSafety => new Reply(Safety(fix)),
                IntentKind.AskWhy => new Reply(WhyFix(turn, file, fix)),
                _ => new Reply(Meaning(turn.Text, fix)),
            };
        }
        if (file?.PendingQuestion is { } questionId && knowledge.Questions.TryGetValue(questionId, out var question))
            return new Reply($"I ask because {Wording.InSentence(question.Why)}");
        return new Reply(ConversationTexts.Help);
    }

    private static string Safety(Fix fix)
    {
        var risk = fix.Risk switch
        {
            FixRisk.Low => "**Low risk.**",
            _ => $"**{fix.Risk} risk.**",
        };
        var backup = string.IsNullOrWhiteSpace(fix.Backup) ? "" : $" Before you start: {fix.Backup}";
        return $"{risk} It runs on {Wording.InSentence(FixCard.Place(fix.RunsOn))} and needs {fix.Rights}.{backup} If you'd rather not do it, say so and I'll offer another option.";
    }

    private string WhyFix(TurnContext turn, CaseFile file, Fix fix)
    {
        var ranked = services.Diagnose(turn, file.Evidence).Fixes.FirstOrDefault(candidate => candidate.Fix.Id == fix.Id);
        return ranked is null ? fix.Summary : $"{ranked.Reason} {fix.Summary}";
    }

    /// <summary>A word of the question that stands in one of the fix's commands is explained by its step; else the fix's summary.</summary>
    private static string Meaning(string text, Fix fix)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim('?', '!', ',', '.', ':', ';', '"', '\'', '`', '(', ')'))
            .Where(word => word.Length >= 4);
        for (var i = 0; i < fix.Steps.Count; i++)
        {
            var step = fix.Steps[i];
            if (step.Command is null)
                continue;
            var named = words.FirstOrDefault(word => step.Command.Contains(word, StringComparison.OrdinalIgnoreCase));
            if (named is not null)
                return string.Create(CultureInfo.InvariantCulture, $"`{named}` is in step {i + 1}: {step.Text} In short, this fix: {fix.Summary}");
        }
        return $"“{fix.Title}”: {fix.Summary}";
    }
}
