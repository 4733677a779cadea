using System.Text.Json;
using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge.Model;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// Asks the symptom questions the engine picks, one per turn, never one already answered. Once the question
/// budget is spent the most likely fix comes next, as a helpdesk engineer would try it rather than ask whether
/// to ask more. "Just show me the fixes" ends the questions at once, keeping whatever else the message said.
/// </summary>
internal sealed class SymptomQuestionsDialog : ComponentDialog
{
    private const string QuestionKey = "question";

    private readonly CaseServices services;
    private readonly HostCheckOffer offer;

    public SymptomQuestionsDialog(CaseServices services)
        : base(DialogIds.Symptoms)
    {
        this.services = services;
        offer = new HostCheckOffer(services);
        AddDialog(new WaterfallDialog(DialogIds.AskSymptom, [offer.OfferStepAsync, AskSymptomStepAsync, RecordAnswerStepAsync]));
        AddDialog(new SymptomAnswerPrompt(DialogIds.SymptomAnswer, services.Understander));
        AddDialog(new ConfirmPrompt(DialogIds.OfferCheck));
    }

    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, JsonElement? options, CancellationToken cancellationToken) =>
        services.Understand(innerDc.Context).Has(IntentKind.ShowFixes)
            ? Task.FromResult(new DialogTurnResult(DialogTurnStatus.Complete))
            : base.OnBeginDialogAsync(innerDc, options, cancellationToken);

    /// <summary>
    /// "Just show me the fixes" ends the questions; a correction or a host check that changed the evidence means
    /// the question that waits may no longer be the one to ask.
    /// </summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var understanding = services.Understand(innerDc.Context);
        var file = CaseFiles.Read(innerDc);
        if (understanding.Has(IntentKind.ShowFixes))
        {
            CaseFiles.Write(innerDc, file with { Evidence = file.Evidence.WithFacts(understanding.Facts, services.Knowledge) });
            await innerDc.CancelOwnStackAsync(cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }
        if (understanding.IsCorrection && file.Answers.Count > 0)
        {
            CaseFiles.Write(innerDc, WithLastAnswerCorrected(file, understanding));
            await innerDc.Context.SendAsync(new Reply(ConversationTexts.AnswerCorrected), cancellationToken);
        }
        else if (!CaseReplan.TryTake(innerDc.Context))
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
        await innerDc.CancelOwnStackAsync(cancellationToken);
        return await innerDc.BeginDialogAsync(DialogIds.AskSymptom, null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskSymptomStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await offer.AnswerAsync(step, cancellationToken);
        var file = CaseFiles.Read(step.Dialogs);
        if (file.Evidence.QuestionsAsked >= file.QuestionLimit
            || services.Diagnose(step.Context, file.Evidence).NextQuestion is not { } question)
            return await step.EndDialogAsync(null, cancellationToken);
        step.Values.Set(QuestionKey, question.Id);
        CaseFiles.Write(step.Dialogs, file with { PendingQuestion = question.Id, PendingFix = null });
        var choices = question.Answers.Select(answer => new Choice(answer.Id, answer.Label, answer.Synonyms)).ToList();
        return await step.PromptAsync(DialogIds.SymptomAnswer, PromptOptions.Ask(question.Text, choices), cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var file = CaseFiles.Read(step.Dialogs);
        if (step.Values.GetString(QuestionKey) is not { } questionId)
            return await step.EndDialogAsync(null, cancellationToken);
        var question = services.Knowledge.Questions[questionId];
        if (step.PromptGaveUp)
            await step.SendAsync(new Reply(ConversationTexts.QuestionGaveUp), cancellationToken);
        var reply = step.Result as SymptomReply ?? new SymptomReply(null, []);
        var recorded = Record(file, question, reply);
        CaseFiles.Write(step.Dialogs, recorded);
        if (!recorded.Evidence.HasAsked(question.Id))
            await step.SendAsync(new Reply(Noted(reply.Facts)), cancellationToken);
        return await step.ReplaceDialogAsync(DialogIds.AskSymptom, null, cancellationToken);
    }

    /// <summary>
    /// "Wrong button", or a new answer to the last question ("no, I meant nobody can"): the last answer and its
    /// fact go, and what the message says instead comes in; a question left without an answer may be asked again.
    /// A correction of something else ("not Azure, it's a server in our office") replaces only what it names.
    /// </summary>
    private CaseFile WithLastAnswerCorrected(CaseFile file, Understanding understanding)
    {
        var corrected = file with { Evidence = file.Evidence.WithFacts(understanding.Facts, services.Knowledge) };
        var last = file.Answers[^1];
        if (!services.Knowledge.Questions.TryGetValue(last.QuestionId, out var question))
            return corrected;
        var answersLast = understanding.Facts.Count == 0 || question.Answers.Any(answer => answer.Fact is { } fact && understanding.Facts.Contains(fact));
        if (!answersLast)
            return corrected;
        var evidence = file.Evidence.WithoutAskedQuestion(last.QuestionId);
        if (question.Answers.FirstOrDefault(answer => answer.Id == last.AnswerId)?.Fact is { } previous)
            evidence = evidence.WithoutFact(previous);
        return file with { Answers = [.. file.Answers.SkipLast(1)], Evidence = evidence.WithFacts(understanding.Facts, services.Knowledge) };
    }

    private string Noted(IReadOnlyList<string> factIds) =>
        "Noted: " + string.Join("; ", factIds.Select(id => services.Knowledge.Facts[id])
            .Select(fact => fact.Because.Length > 0 ? fact.Because : Wording.InSentence(fact.Statement.TrimEnd('.')))) + ".";

    /// <summary>
    /// The message's facts become evidence. The answer is the one whose fact the message states, else the one it
    /// named; a message with facts but no answer leaves the question open, so the engine decides whether to ask it.
    /// </summary>
    private CaseFile Record(CaseFile file, Question question, SymptomReply reply)
    {
        var evidence = file.Evidence.WithFacts(reply.Facts, services.Knowledge);
        var answer = question.Answers.FirstOrDefault(a => a.Fact is not null && reply.Facts.Contains(a.Fact))
            ?? question.Answers.FirstOrDefault(a => a.Id == reply.AnswerId)
            ?? (reply.Facts.Count == 0 ? question.Answers.FirstOrDefault(a => a.IsNotSure) : null);
        if (answer is null)
            return file with { Evidence = reply.Facts.Count > 0 ? evidence : evidence.WithAskedQuestion(question.Id) };
        evidence = evidence.WithAskedQuestion(question.Id);
        if (answer.Fact is not null)
            evidence = evidence.WithFact(answer.Fact, services.Knowledge);
        return (file with { Evidence = evidence }).WithAnswer(question.Id, answer.Id);
    }
}
