namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>How the engine weighs evidence and when it stops asking.</summary>
public sealed record DiagnosisOptions
{
    public const int DefaultQuestionBudget = 4;
    public const double DefaultLeadProbability = 0.6;
    public const double DefaultLeadRatio = 5;
    public const double DefaultMinimumGainBits = 0.02;
    public const double DefaultFixAdherence = 0.9;
    public const double DefaultCloseScoreRatio = 0.85;
    public const double DefaultResemblanceWeight = 30;

    /// <summary>Most questions to ask in one case. Default 4.</summary>
    public int QuestionBudget { get; init; } = DefaultQuestionBudget;

    /// <summary>Stop asking once the top cause reaches this probability. Default 0.6.</summary>
    public double LeadProbability { get; init; } = DefaultLeadProbability;

    /// <summary>Stop asking once the top cause is this many times the second. Default 5.</summary>
    public double LeadRatio { get; init; } = DefaultLeadRatio;

    /// <summary>Ask only a question expected to remove at least this much uncertainty, in bits. Default 0.02.</summary>
    public double MinimumGainBits { get; init; } = DefaultMinimumGainBits;

    /// <summary>
    /// The chance a fix was applied correctly. A failed fix with success s multiplies its cause by
    /// 1 − s × adherence: strongly down, never to zero, because fixes get applied wrongly. Default 0.9.
    /// </summary>
    public double FixAdherence { get; init; } = DefaultFixAdherence;

    /// <summary>
    /// Two fixes count as equally promising when the lower likelihood is at least this share of the higher;
    /// the cheaper and safer then goes first. Default 0.85.
    /// </summary>
    public double CloseScoreRatio { get; init; } = DefaultCloseScoreRatio;

    /// <summary>
    /// How strongly reading like a cause's known reports counts: each cause is multiplied by
    /// e^(weight × (its resemblance − the highest)), so 30 puts a cause 0.05 less alike at about a fifth and one 0.1 less alike at a twentieth. 0 turns it off. Default 30.
    /// </summary>
    public double ResemblanceWeight { get; init; } = DefaultResemblanceWeight;

    /// <summary>Throws an exception naming the first setting that is out of range.</summary>
    public void Validate()
    {
        Require(QuestionBudget >= 0, nameof(QuestionBudget), "must be 0 or more");
        Require(LeadProbability is > 0 and <= 1, nameof(LeadProbability), "must be above 0 and at most 1");
        Require(LeadRatio >= 1, nameof(LeadRatio), "must be at least 1");
        Require(MinimumGainBits >= 0, nameof(MinimumGainBits), "must be 0 or more");
        Require(FixAdherence is >= 0 and < 1, nameof(FixAdherence), "must be at least 0 and below 1");
        Require(CloseScoreRatio is > 0 and <= 1, nameof(CloseScoreRatio), "must be above 0 and at most 1");
        Require(ResemblanceWeight >= 0, nameof(ResemblanceWeight), "must be 0 or more");
    }

    private static void Require(bool condition, string name, string rule)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(name, $"DiagnosisOptions.{name} {rule}.");
        }
    }
}
