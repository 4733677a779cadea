using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RdpHelpBot.Bot.Channels.BotFramework.Rendering;

/// <summary>
/// How long a value is as JSON text, without making the string: every reply is measured against the message size
/// limit before it is sent, so the measuring writes into one buffer per thread.
/// </summary>
internal static class JsonLength
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>The number of UTF-16 characters of the value's JSON, the same as the serialised string's length.</summary>
    public static int InUtf16<T>(T value, JsonTypeInfo<T> type)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        // The writer takes the escaping and indentation the serialiser would use for a string.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Encoder = type.Options.Encoder,
            Indented = type.Options.WriteIndented,
            MaxDepth = type.Options.MaxDepth,
        }))
        {
            JsonSerializer.Serialize(writer, value, type);
        }
        return Encoding.UTF8.GetCharCount(buffer.WrittenSpan);
    }
}
