namespace RdpHelpBot.Dialogs.Replies;

/// <summary>A rich message built from blocks, top to bottom; channels render it as a card or as text.</summary>
public sealed record Card(IReadOnlyList<CardBlock> Blocks);
