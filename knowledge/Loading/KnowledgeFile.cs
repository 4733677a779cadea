namespace RdpHelpBot.Knowledge.Loading;

/// <summary>The text of one knowledge file and the name errors should use for it.</summary>
public sealed record KnowledgeFile(string Name, string Text);
