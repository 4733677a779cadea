using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// CORS for the Direct Line routes: pages served from <see cref="DirectLineOptions.AllowedOrigins"/> may call them
/// (Web Chat embedded in an intranet page or a portal). Tokens stay the gate: requests carry a bearer token, never
/// cookies, so the policy grants no credentials.
/// </summary>
internal sealed class DirectLineCors(IOptions<DirectLineOptions> options) : IConfigureOptions<CorsOptions>
{
    public const string PolicyName = "DirectLine";

    private static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    public void Configure(CorsOptions cors) =>
        cors.AddPolicy(PolicyName, policy => policy
            .WithOrigins([.. options.Value.AllowedOrigins.Select(Normalized)])
            .AllowAnyHeader()
            .AllowAnyMethod()
            // Web Chat posts every message with a bearer token; without this each post costs a preflight round trip.
            .SetPreflightMaxAge(PreflightMaxAge));

    /// <summary>As a browser sends it in <c>Origin</c>: scheme and host in lower case, a default port left out.</summary>
    private static string Normalized(string origin) =>
        new Uri(origin).GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped);
}

/// <summary>Every entry of <see cref="DirectLineOptions.AllowedOrigins"/> is an http or https origin, checked at start-up.</summary>
internal sealed class AllowedOriginsValidator : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var failures = options.AllowedOrigins.Where(origin => !IsOrigin(origin))
            .Select(origin => $"DirectLine:AllowedOrigins: '{origin}' is not an origin (http:// or https://, a host and maybe a port, no path, e.g. https://portal.contoso.com).")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.UserInfo.Length == 0
        && uri.AbsolutePath == "/"
        && !origin.EndsWith('/')
        && origin.IndexOfAny(['?', '#']) < 0;
}
