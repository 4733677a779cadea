using System.Text.Json;
using System.Text.Json.Serialization;

namespace RdpHelpBot.Dialogs.Engine;

/// <summary>
/// One entry of the dialog stack as it is stored: plain JSON, so a conversation survives a restart.
/// </summary>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    /// <summary>The options the dialog was begun with.</summary>
    public JsonElement? Options
    {
        get;
        set
        {
            field = value;
            TypedOptions = null;
        }
    }

    /// <summary>
    /// <see cref="Options"/> as the dialog read them, so they are deserialised once per turn rather than by every
    /// read; never stored, and dropped whenever <see cref="Options"/> changes.
    /// </summary>
    [JsonIgnore]
    internal object? TypedOptions { get; set; }

    /// <summary>The dialog's own values: a waterfall's <c>Values</c>, a prompt's attempt count.</summary>
    public Dictionary<string, JsonElement> State { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The waterfall step that is running or waiting for a child dialog.</summary>
    public string? Step { get; set; }

    /// <summary>A component dialog's inner stack, bottom first.</summary>
    public List<DialogInstance>? Stack { get; set; }
}
