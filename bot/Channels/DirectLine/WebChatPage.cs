using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Serves the chat page (bot/wwwroot, built into the assembly so it works from any folder) at <c>/</c>. It
/// loads nothing from elsewhere, and its policy says so.
/// </summary>
internal static class WebChatPage
{
    public const string IndexFile = "index.html";

    private const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ws: wss:; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>Maps each of the page's files at its name, and the page itself at <c>/</c> too.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var files = new EmbeddedFileProvider(typeof(WebChatPage).Assembly, "RdpHelpBot.Bot.wwwroot");
        var types = new FileExtensionContentTypeProvider();
        foreach (var file in files.GetDirectoryContents(""))
        {
            var served = Read(file, types);
            endpoints.MapMethods($"/{file.Name}", GetAndHead, served.Answer);
            if (file.Name == IndexFile)
                endpoints.MapMethods("/", GetAndHead, served.Answer);
        }
    }

    private static ServedFile Read(IFileInfo file, FileExtensionContentTypeProvider types)
    {
        using var stream = file.CreateReadStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        var type = types.TryGetContentType(file.Name, out var known) ? known : "application/octet-stream";
        var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"");
        return new ServedFile(bytes, type, tag);
    }

    private sealed record ServedFile(byte[] Bytes, string ContentType, EntityTagHeaderValue Tag)
    {
        public IResult Answer(HttpResponse response)
        {
            var headers = response.Headers;
            headers[HeaderNames.CacheControl] = "no-cache";
            headers[HeaderNames.ContentSecurityPolicy] = Policy;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            return Results.Bytes(Bytes, ContentType, entityTag: Tag);
        }
    }
}
