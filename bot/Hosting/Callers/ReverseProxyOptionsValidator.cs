using System.Net;
using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Hosting.Callers;

/// <summary>Every known proxy is an IP address and every known network a CIDR range, checked at start-up.</summary>
internal sealed class ReverseProxyOptionsValidator : IValidateOptions<ReverseProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ReverseProxyOptions options)
    {
        var failures = options.KnownProxies.Where(proxy => !IPAddress.TryParse(proxy, out _))
            .Select(proxy => $"ReverseProxy:KnownProxies: '{proxy}' is not an IP address.")
            .Concat(options.KnownNetworks.Where(network => !IPNetwork.TryParse(network, out _))
                .Select(network => $"ReverseProxy:KnownNetworks: '{network}' is not a range in CIDR notation (e.g. 10.0.0.0/24)."))
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
