using System.Buffers;
using System.Text;
using System.Text.Json;

namespace RdpHelpBot.Dialogs.Engine.State;

/// <summary>
/// Writes a <see cref="DialogState"/> as the JSON <see cref="DialogJsonContext"/> writes it (camelCase names, nulls
/// left out), with the values set typed this turn (<see cref="DialogInstance.SetTyped"/>) serialised straight into
/// it instead of first into a JSON value of their own. <see cref="DialogState.Load"/> reads it back.
/// </summary>
internal static class DialogStateWriter
{
    // One buffer and writer per thread, reused for every save: the state is a few kilobytes written once a turn.
    [ThreadStatic] private static ArrayBufferWriter<byte>? buffer;
    [ThreadStatic] private static Utf8JsonWriter? writer;

    public static string Write(DialogState state)
    {
        var output = buffer ??= new ArrayBufferWriter<byte>(4096);
        output.ResetWrittenCount();
        var json = writer ??= new Utf8JsonWriter(output);
        json.Reset(output);
        try
        {
            json.WriteStartObject();
            json.WriteString("version"u8, state.Version);
            WriteStack(json, "stack"u8, state.Stack);
            json.WriteEndObject();
            json.Flush();
            return Encoding.UTF8.GetString(output.WrittenSpan);
        }
        finally
        {
            // A state can hold a customer's words: keep no copy of them on the thread, and no large buffer.
            output.Clear();
            if (output.Capacity > 64 * 1024)
                buffer = null;
        }
    }

    private static void WriteStack(Utf8JsonWriter json, ReadOnlySpan<byte> name, List<DialogInstance> stack)
    {
        json.WriteStartArray(name);
        foreach (var instance in stack)
            WriteInstance(json, instance);
        json.WriteEndArray();
    }

    private static void WriteInstance(Utf8JsonWriter json, DialogInstance instance)
    {
        json.WriteStartObject();
        json.WriteString("id"u8, instance.Id);
        if (instance.Options is { } options)
        {
            json.WritePropertyName("options"u8);
            options.WriteTo(json);
        }
        json.WriteStartObject("state"u8);
        var (values, typed) = instance.StateToWrite;
        foreach (var (key, value) in values)
        {
            json.WritePropertyName(key);
            if (typed is not null && typed.TryGetValue(key, out var latest))
                latest.WriteTo(json);
            else
                value.WriteTo(json);
        }
        if (typed is not null)
        {
            foreach (var (key, value) in typed)
            {
                if (values.ContainsKey(key))
                    continue;
                json.WritePropertyName(key);
                value.WriteTo(json);
            }
        }
        json.WriteEndObject();
        if (instance.Step is { } step)
            json.WriteString("step"u8, step);
        if (instance.Stack is { } inner)
            WriteStack(json, "stack"u8, inner);
        json.WriteEndObject();
    }
}
