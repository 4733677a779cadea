using System.ComponentModel.DataAnnotations;

namespace RdpHelpBot.Dialogs.Turns.Transcripts;

/// <summary>Configuration section <c>Transcripts</c>. Transcripts hold what users wrote, so they are opt-in.</summary>
public sealed class TranscriptOptions
{
    public const string SectionName = "Transcripts";
    public const bool DefaultEnabled = false;
    public const int DefaultRetentionDays = 30;

    /// <summary>Whether every turn is recorded; default <c>false</c>.</summary>
    public bool Enabled { get; set; } = DefaultEnabled;

    /// <summary>Days a transcript line is kept before it is purged; default 30, from 1 to 3650.</summary>
    [Range(1, 3650, ErrorMessage = "Transcripts:RetentionDays must be between 1 and 3650 days.")]
    public int RetentionDays { get; set; } = DefaultRetentionDays;

    public TimeSpan Retention => TimeSpan.FromDays(RetentionDays);
}
