using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Serves the chat page (bot/wwwroot, built into the assembly so it works from any folder) at <c>/</c>. It
/// loads nothing from elsewhere, and its policy says so.
/// </summary>
internal static class WebChatPage
{
    private const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ws: wss:; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void Serve(WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(WebChatPage).Assembly, "RdpHelpBot.Bot.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers[HeaderNames.CacheControl] = "no-cache";
                headers[HeaderNames.ContentSecurityPolicy] = Policy;
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
            },
        });
    }
}
