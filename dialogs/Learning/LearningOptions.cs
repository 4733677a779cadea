using System.ComponentModel.DataAnnotations;

namespace RdpHelpBot.Dialogs.Learning;

/// <summary>Configuration section <c>Learning</c>: how far the priors follow the cases resolved here.</summary>
public sealed class LearningOptions
{
    public const string SectionName = "Learning";
    public const double DefaultPriorStrength = 20;
    public const double DefaultWeight = 1;
    public static readonly TimeSpan DefaultRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How many resolved cases the knowledge base's priors are worth. Higher keeps the priors closer to the
    /// knowledge for longer. Default 20; from 1 to 100000.
    /// </summary>
    [Range(1, 100_000)]
    public double PriorStrength { get; set; } = DefaultPriorStrength;

    /// <summary>
    /// How many pseudo-cases one resolved case counts for; 0 turns learning off and the knowledge base's
    /// priors are used unchanged. Default 1; from 0 to 100.
    /// </summary>
    [Range(0, 100)]
    public double Weight { get; set; } = DefaultWeight;

    /// <summary>How often the priors are rebuilt from the recorded cases. Default 5 minutes; from 1 second to 1 day.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RefreshInterval { get; set; } = DefaultRefreshInterval;

    /// <summary>Throws a <see cref="ValidationException"/> naming the first setting that is out of range.</summary>
    public void Validate() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
}
