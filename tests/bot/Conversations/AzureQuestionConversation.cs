using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Tests.Conversations;

/// <summary>A one-question conversation for testing channels: asks with choices, then answers with a card.</summary>
internal sealed class AzureQuestionConversation : IConversationDialogs
{
    public const string Question = "Is the host an Azure VM?";

    public static readonly Choice[] Answers = [new("azure", "Yes"), new("not-azure", "No")];

    public DialogSet Dialogs { get; } = new DialogSet()
        .Add(new WaterfallDialog("ask-azure", [AskStepAsync, AnswerStepAsync]))
        .Add(new ChoicePrompt("azure-prompt"));

    public string RootDialogId => "ask-azure";

    public static string Answered(string value) => $"You chose {value}.";

    private static Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync("azure-prompt", PromptOptions.Ask(Question, Answers), cancellationToken);

    private static async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var card = new Card([new NumberedSteps([new NumberedStep("Restart the service.", new CommandBlock("Restart-Service TermService", "PowerShell"))])]);
        await step.SendAsync(new Reply(Answered(((FoundChoice)step.Result!).Value), Card: card), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
