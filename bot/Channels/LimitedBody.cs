using System.Buffers;

namespace RdpHelpBot.Bot.Channels;

/// <summary>Reads a request's whole body, up to a channel's limit, before anything parses it.</summary>
internal static class LimitedBody
{
    /// <returns>The body; null when it is longer than <paramref name="maxBytes"/> (the rest is left unread).</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return null;
        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return null;
            }
            if (result.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
