using System.Text.Json.Serialization;

namespace RdpHelpBot.Dialogs.Replies;

/// <summary>One part of a <see cref="Card"/>. The JSON form names the kind in <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Heading), "heading")]
[JsonDerivedType(typeof(Paragraph), "paragraph")]
[JsonDerivedType(typeof(NumberedSteps), "numberedSteps")]
[JsonDerivedType(typeof(CommandBlock), "command")]
[JsonDerivedType(typeof(Facts), "facts")]
[JsonDerivedType(typeof(Actions), "actions")]
public abstract record CardBlock;

public sealed record Heading(string Text) : CardBlock;

/// <summary>Text in the same Markdown subset as <see cref="Reply.Text"/>.</summary>
public sealed record Paragraph(string Text) : CardBlock;

public sealed record NumberedSteps(IReadOnlyList<NumberedStep> Steps) : CardBlock;

/// <summary>One step to follow; a step that runs something carries the exact command.</summary>
public sealed record NumberedStep(string Text, CommandBlock? Command = null);

/// <summary>A command the user copies as is; <see cref="Shell"/> says where it runs (PowerShell, cmd…).</summary>
public sealed record CommandBlock(string Command, string Shell) : CardBlock;

public sealed record Facts(IReadOnlyList<FactLine> Lines) : CardBlock;

public sealed record FactLine(string Label, string Value);

/// <summary>Choices shown as buttons inside the card.</summary>
public sealed record Actions(IReadOnlyList<Choice> Choices) : CardBlock;
