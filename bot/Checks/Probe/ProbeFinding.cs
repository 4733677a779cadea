namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>One conclusion from a probe: the knowledge fact it establishes and what it means in plain words.</summary>
internal sealed record ProbeFinding(string FactId, string Text);
