using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Conversation.Case;

/// <summary>
/// One troubleshooting case as stored with the conversation: plain JSON, so it survives restarts and deploys.
/// </summary>
internal sealed record CaseFile
{
    public required string CaseId { get; init; }

    public DateTimeOffset Started { get; init; }

    /// <summary>The error codes the user reported when the case opened.</summary>
    public IReadOnlyList<CodeMention> Codes { get; init; } = [];

    public CaseEvidence Evidence { get; init; } = CaseEvidence.Empty;

    /// <summary>Questions asked, in order, with the answer taken.</summary>
    public IReadOnlyList<QuestionAnswer> Answers { get; init; } = [];

    /// <summary>Fixes shown, in order, with what the user said about each.</summary>
    public IReadOnlyList<FixAttempt> Fixes { get; init; } = [];

    /// <summary>User messages since the case opened, the first one included.</summary>
    public int Turns { get; init; }

    /// <summary>
    /// What the user wrote in this case, secrets redacted, the last <see cref="MaxUserLines"/>: the helpdesk gets the
    /// user's own words even when no transcript is kept (<c>Transcripts:Enabled</c> adds the bot's side).
    /// </summary>
    public IReadOnlyList<UserLine> UserLines { get; init; } = [];

    /// <summary>Questions to ask before offering to go to fixes; grows when the user asks for more questions.</summary>
    public int QuestionLimit { get; init; }

    /// <summary>The host the user named first in this case, as typed.</summary>
    public string? Host { get; init; }

    /// <summary>Whether a host check was offered or run in this case: the bot offers one once, never again.</summary>
    public bool CheckOffered { get; init; }

    /// <summary>The reasons the bot offered a person for and the user said no to: not offered again for them in this case.</summary>
    public IReadOnlyList<EscalationReason> DeclinedOffers { get; init; } = [];

    /// <summary>The question on screen, so that "why do you ask?" knows what it is about.</summary>
    public string? PendingQuestion { get; init; }

    /// <summary>The fix on screen, so that "is this safe?" or "what does takeown do here?" knows what it is about.</summary>
    public string? PendingFix { get; init; }

    public const int MaxUserLines = 20;

    /// <summary>The longest user line kept; a longer message is cut.</summary>
    public const int MaxUserLineLength = 500;

    public CaseFile WithUserLine(TurnContext turn)
    {
        var text = !string.IsNullOrWhiteSpace(turn.Text) ? turn.Text.Trim() : turn.ChoiceValue is { } choice ? $"(chose {choice})" : null;
        if (text is null)
            return this;
        var line = new UserLine(turn.Time.GetUtcNow(), SecretRedactor.Redact(text.Length > MaxUserLineLength ? text[..MaxUserLineLength] + "…" : text));
        return this with { UserLines = [.. UserLines.TakeLast(MaxUserLines - 1), line] };
    }

    public CaseFile WithAnswer(string questionId, string answerId) =>
        this with { Answers = [.. Answers, new QuestionAnswer(questionId, answerId)] };

    public CaseFile WithFixResult(string fixId, FixResult result) =>
        this with { Fixes = [.. Fixes, new FixAttempt(fixId, result)] };

    /// <summary>Keeps how the message reads beside the known reports when it is the case's first description.</summary>
    public CaseFile WithResemblanceOf(Understanding understanding) =>
        this with { Evidence = Evidence.WithResemblance(understanding.Resemblance) };

    /// <summary>
    /// The fixes a message says were already tried in vain ("I already restarted the server, same error"), recorded as a
    /// "didn't help" to them would be: none is suggested again, and the helpdesk sees them. A fix recorded as failed
    /// before, or <paramref name="answered"/> (the one on screen, whose answer the fix dialog records), is left alone.
    /// </summary>
    public CaseFile WithFixesTriedBefore(Understanding understanding, KnowledgeBase knowledge, string? answered = null)
    {
        var tried = understanding.TriedFixes
            .Where(id => knowledge.Fixes.ContainsKey(id) && id != answered && !Evidence.HasFailed(id))
            .ToList();
        return tried.Count == 0
            ? this
            : this with
            {
                Fixes = [.. Fixes, .. tried.Select(id => new FixAttempt(id, FixResult.DidNotWork))],
                Evidence = tried.Aggregate(Evidence, (evidence, id) => evidence.WithFailedFix(id)),
            };
    }
}

internal sealed record UserLine(DateTimeOffset At, string Text);

internal sealed record QuestionAnswer(string QuestionId, string AnswerId);
