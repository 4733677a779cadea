using System.Net;
using Microsoft.Net.Http.Headers;

namespace RdpHelpBot.Bot.Hosting.Callers;

/// <summary>
/// Whether a request comes from a program on the bot's own machine: a loopback caller, and no forwarding header
/// left once the known proxies' headers are applied (see <see cref="ReverseProxyOptions"/>). A proxy on this
/// machine makes every Internet caller look like loopback; the header it adds is what gives it away.
/// </summary>
internal static class LocalCallers
{
    public static readonly IReadOnlyList<string> ForwardingHeaders = ["Forwarded", "X-Forwarded-For", "X-Real-IP"];

    /// <summary>The first forwarding header the request carries, or null.</summary>
    public static string? ForwardingHeader(HttpRequest request) =>
        ForwardingHeaders.FirstOrDefault(header => request.Headers.ContainsKey(header));

    public static bool IsLoopback(IPAddress? caller) => caller is not null && IPAddress.IsLoopback(caller);

    /// <summary>A name that can only mean this machine: <c>localhost</c> or a loopback address.</summary>
    public static bool IsLoopbackName(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    /// <summary>
    /// A browser names the page that called in <c>Origin</c>: the request is the bot's own page's when there is no
    /// <c>Origin</c> (not from a page) or it is the origin the request was sent to, at a host name
    /// <paramref name="isOwnHostName"/> accepts (a page that rebinds its own name to this machine is not).
    /// </summary>
    public static bool IsOwnOrigin(HttpRequest request, Func<string, bool> isOwnHostName)
    {
        var origin = request.Headers[HeaderNames.Origin].ToString();
        if (string.IsNullOrEmpty(origin))
            return true;
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && isOwnHostName(request.Host.Host);
    }
}
