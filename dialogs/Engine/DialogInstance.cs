using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RdpHelpBot.Dialogs.Engine.State;

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

    private Dictionary<string, JsonElement> state = new(StringComparer.Ordinal);

    // Values set typed this turn and not yet JSON (see SetTyped); null when there are none.
    private Dictionary<string, TypedValue>? typedState;

    /// <summary>The dialog's own values: a waterfall's <c>Values</c>, a prompt's attempt count.</summary>
    public Dictionary<string, JsonElement> State
    {
        get
        {
            if (typedState is { } typed)
            {
                typedState = null;
                foreach (var (key, value) in typed)
                    state[key] = value.ToElement();
            }
            return state;
        }
        set
        {
            state = value;
            typedState = null;
        }
    }

    /// <summary>
    /// Sets a value of <see cref="State"/> from its typed form without making it JSON now: the saved state's JSON is
    /// written from it directly (<see cref="DialogStateWriter"/>), so a value set several times in a turn is
    /// serialised once, when the turn is saved. Reading <see cref="State"/> makes such values JSON first, so whoever
    /// reads the values as JSON sees the latest.
    /// </summary>
    internal void SetTyped<T>(string key, T value, JsonTypeInfo<T> type) =>
        (typedState ??= new(StringComparer.Ordinal))[key] = new TypedValue<T>(value, type);

    /// <summary>Whether <see cref="State"/> has <paramref name="key"/>, without making typed values JSON.</summary>
    internal bool HasValue(string key) => typedState?.ContainsKey(key) == true || state.ContainsKey(key);

    /// <summary>The JSON values of <see cref="State"/> and the values set typed since, as the state writer writes them.</summary>
    internal (Dictionary<string, JsonElement> Json, Dictionary<string, TypedValue>? Typed) StateToWrite => (state, typedState);

    /// <summary>The waterfall step that is running or waiting for a child dialog.</summary>
    public string? Step { get; set; }

    /// <summary>A component dialog's inner stack, bottom first.</summary>
    public List<DialogInstance>? Stack { get; set; }
}
