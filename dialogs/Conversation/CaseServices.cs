using RdpHelpBot.Dialogs.Checks;
using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Turns.Transcripts;
using RdpHelpBot.Dialogs.Watch;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>What the conversation's dialogs share: the services, and an engine whose question budget the dialogs enforce.</summary>
internal sealed class CaseServices
{
    public CaseServices(ConversationServices services)
    {
        ArgumentNullException.ThrowIfNull(services.Knowledge);
        ArgumentNullException.ThrowIfNull(services.Understander);
        ArgumentNullException.ThrowIfNull(services.Outcomes);
        var options = services.Diagnosis ?? new DiagnosisOptions();
        options.Validate();
        Knowledge = services.Knowledge;
        Understander = services.Understander;
        Outcomes = services.Outcomes;
        Helpdesk = services.Helpdesk;
        Ratings = services.Helpdesk?.Ratings is { } ratings ? new RatingPrompt(ratings) : null;
        _newCaseId = services.NewCaseId;
        HostChecks = services.HostChecks;
        Watch = services.Watch;
        Transcripts = services.Transcripts;
        Tickets = services.Tickets;
        QuestionBudget = options.QuestionBudget;
        // The dialogs count the budget themselves, so that past it they can tell whether a question is still worth offering.
        Engine = new DiagnosisEngine(Knowledge, WithoutBudget(options), services.Priors);
    }

    private readonly Func<string>? _newCaseId;

    public KnowledgeBase Knowledge { get; }

    public IUnderstander Understander { get; }

    public IOutcomeStore Outcomes { get; }

    public HelpdeskServices? Helpdesk { get; }

    /// <summary>Asks for a rating once a case is resolved; null when ratings are not kept.</summary>
    public RatingPrompt? Ratings { get; }

    public DiagnosisEngine Engine { get; }

    public IHostChecks? HostChecks { get; }

    public ICertificateWatch? Watch { get; }

    public ITranscriptStore? Transcripts { get; }

    public ITicketOutbox? Tickets { get; }

    public int QuestionBudget { get; }

    public string NewCaseId() => _newCaseId?.Invoke() ?? Guid.NewGuid().ToString("N");

    public Understanding Understand(TurnContext turn) => TurnUnderstanding.Of(turn, Understander);

    /// <summary>
    /// Reads the turn's message where the turn first looks at it, as an answer to the open case's pending question;
    /// later looks get the same reading.
    /// </summary>
    public ValueTask<Understanding> UnderstandAsync(TurnContext turn, CaseFile? openCase, CancellationToken cancellationToken) =>
        TurnUnderstanding.ReadAsync(turn, Understander, openCase, cancellationToken);

    public CaseDiagnosis Diagnose(TurnContext turn, CaseEvidence evidence) => TurnDiagnoses.Of(turn, Engine, evidence);

    /// <summary>The same diagnosis settings with no question budget; every other setting is kept.</summary>
    internal static DiagnosisOptions WithoutBudget(DiagnosisOptions options) => options with { QuestionBudget = int.MaxValue };
}
