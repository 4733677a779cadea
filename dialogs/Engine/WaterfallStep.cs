namespace RdpHelpBot.Dialogs.Engine;

/// <summary>One step of a <see cref="WaterfallDialog"/>: usually asks something, or uses the previous answer.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);

internal sealed record NamedWaterfallStep(string Name, WaterfallStep Run);
