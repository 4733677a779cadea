using RdpHelpBot.Dialogs.Checks;
using RdpHelpBot.Dialogs.Escalation;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Outcomes;
using RdpHelpBot.Dialogs.Turns.Transcripts;
using RdpHelpBot.Dialogs.Watch;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>What the troubleshooting conversation is built from: knowledge, understanding and the stores it writes to.</summary>
/// <param name="Knowledge">The validated knowledge base.</param>
/// <param name="Understander">Reads codes, facts and intents from what the user types.</param>
/// <param name="Outcomes">Where every case's ending is saved.</param>
public sealed record ConversationServices(
    KnowledgeBase Knowledge,
    IUnderstander Understander,
    IOutcomeStore Outcomes)
{
    /// <summary>Where handed-over cases are posted and how the user is reached; null: cases are kept and ticketed, posted nowhere.</summary>
    public HelpdeskServices? Helpdesk { get; init; }

    /// <summary>Learned priors; default: the priors written in the knowledge files.</summary>
    public IPriorSource? Priors { get; init; }

    /// <summary>How the engine weighs evidence; its <see cref="DiagnosisOptions.QuestionBudget"/> limits the questions.</summary>
    public DiagnosisOptions? Diagnosis { get; init; }

    /// <summary>Checks hosts on the user's behalf; null when host checks are switched off.</summary>
    public IHostChecks? HostChecks { get; init; }

    /// <summary>Certificate warnings asked for in the chat; null when the bot keeps no watch here (the terminal chat).</summary>
    public ICertificateWatch? Watch { get; init; }

    /// <summary>Makes the id of a new case. Default: a new GUID; tests pass a predictable sequence.</summary>
    public Func<string>? NewCaseId { get; init; }

    /// <summary>The conversations' transcripts, read into a handed-over case's packet; null leaves the packet without one.</summary>
    public ITranscriptStore? Transcripts { get; init; }

    /// <summary>The helpdesk ticket systems, named to the user when a case is handed over; null when tickets are not opened.</summary>
    public ITicketOutbox? Tickets { get; init; }
}
