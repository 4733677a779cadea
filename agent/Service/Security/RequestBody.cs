namespace RdpHelpBot.Agent.Security;

/// <summary>Reads a request body whole, refusing one above a size limit without reading all of it.</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
            return null;
        using var copy = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (copy.Length + read > limit)
                return null;
            await copy.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
        return copy.ToArray();
    }
}
