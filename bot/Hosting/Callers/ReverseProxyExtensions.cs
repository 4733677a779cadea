using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Hosting.Callers;

internal static class ReverseProxyExtensions
{
    /// <summary>
    /// ASP.NET Core's forwarded-headers middleware, believing only the proxies <see cref="ReverseProxyOptions"/> names.
    /// Its own switch (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>) would believe anyone: the settings here override it.
    /// </summary>
    public static IHostApplicationBuilder AddReverseProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ReverseProxyOptions>, ReverseProxyOptionsValidator>();
        builder.Services.AddOptions<ForwardedHeadersOptions>().PostConfigure<IOptions<ReverseProxyOptions>>((forwarded, proxy) =>
        {
            var settings = proxy.Value;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            // Empty lists would make the middleware believe every caller; with no proxy configured it believes none.
            forwarded.ForwardedHeaders = settings.IsConfigured ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            foreach (var address in settings.KnownProxies)
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            foreach (var network in settings.KnownNetworks)
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            // A chain of known proxies is followed back to the first address none of them is.
            forwarded.ForwardLimit = null;
        });
        return builder;
    }

    /// <summary>Rewrites the caller's address and scheme from a known proxy's headers before anything reads them.</summary>
    public static WebApplication UseReverseProxy(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ReverseProxyOptions>>().Value.IsConfigured)
            app.UseForwardedHeaders();
        return app;
    }
}
