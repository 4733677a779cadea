namespace RdpHelpBot.Dialogs.Escalation;

/// <summary>The story of a case as a helpdesk engineer reads it.</summary>
/// <param name="Context">The kind of host, in words ("an Azure VM").</param>
/// <param name="Codes">The error codes the user reported, e.g. "Error code 0x904".</param>
/// <param name="Facts">What is known, as statements.</param>
public sealed record CaseSummary(
    string Context,
    IReadOnlyList<string> Codes,
    IReadOnlyList<string> Facts,
    IReadOnlyList<AnsweredQuestion> Questions,
    IReadOnlyList<TriedFix> Fixes,
    IReadOnlyList<LikelyCause> TopCauses);

public sealed record AnsweredQuestion(string Question, string Answer);

/// <summary>A fix and what came of it: "worked", "did not work", "could not be done", "skipped".</summary>
public sealed record TriedFix(string Title, string Result);

/// <summary>A cause still in play; <paramref name="Probability"/> is between 0 and 1.</summary>
public sealed record LikelyCause(string Title, double Probability, string Reason);
