using Microsoft.AspNetCore.Http.Features;

namespace RdpHelpBot.Bot.Channels.DirectLine;

internal static class RequestBodies
{
    /// <summary>Lowers the request's body limit; reading past it throws a 413 <see cref="BadHttpRequestException"/>.</summary>
    public static void Limit(HttpRequest request, long maxBytes)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxBytes;
    }
}
