using System.Net;
using Microsoft.Extensions.Options;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Outbox.Webhooks;

/// <summary>Checks each receiver at start-up, naming the setting that is wrong (and never showing a secret).</summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    private const string SecretPrefix = "whsec_";

    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var problems = options.Receivers.SelectMany((receiver, index) => Problems(receiver, $"{WebhookOptions.SectionName}:{index}")).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static IEnumerable<string> Problems(WebhookReceiver receiver, string setting)
    {
        if (!Uri.TryCreate(receiver.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            yield return $"{setting}:Url must be an absolute https:// URL.";
        else if (url.Scheme == Uri.UriSchemeHttp && !IsLoopback(url))
            yield return $"{setting}:Url must use https://; http:// is allowed only to this machine (localhost, 127.0.0.1, ::1).";
        if (!IsSecret(receiver.Secret))
            yield return $"{setting}:Secret must be a signing secret: {SecretPrefix} followed by base64.";
        IReadOnlyList<string> known = [.. TurnEventTypes.All, .. Watch.WatchEventTypes.All];
        foreach (var type in receiver.Events.Where(type => !known.Contains(type, StringComparer.Ordinal)))
            yield return $"{setting}:Events names '{type}', which is not an event the bot sends ({string.Join(", ", known)}).";
    }

    internal static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static bool IsSecret(string? secret)
    {
        if (secret is null || !secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
            return false;
        var key = secret[SecretPrefix.Length..];
        var bytes = new byte[key.Length];
        return key.Length > 0 && Convert.TryFromBase64String(key, bytes, out var written) && written > 0;
    }
}
