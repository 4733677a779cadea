using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Tests.Samples;

/// <summary>A root dialog that calls <see cref="CoffeeOrderDialog"/> and can be interrupted at any step.</summary>
internal sealed class OrderDialog : InterruptibleDialog
{
    public const string DialogId = "order";

    public OrderDialog(IInterruptionHandler interruptions)
        : base(DialogId, interruptions)
    {
        AddDialog(new WaterfallDialog("order-steps", [OrderCoffeeStepAsync, ThankStepAsync]));
        AddDialog(new CoffeeOrderDialog());
    }

    public static DialogSet CreateSet(string version = DialogSet.DefaultVersion) =>
        new DialogSet(version).Add(new OrderDialog(new HelpAndCancelInterruptions()));

    private static Task<DialogTurnResult> OrderCoffeeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(CoffeeOrderDialog.DialogId, step.Options, cancellationToken);

    private static async Task<DialogTurnResult> ThankStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var order = step.Result as string;
        await step.SendAsync(new Reply(order is null ? "No order then." : $"Your order: {order}."), cancellationToken);
        return await step.EndDialogAsync(order, cancellationToken);
    }
}
