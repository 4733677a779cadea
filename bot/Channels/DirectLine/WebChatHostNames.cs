using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Hosting.Callers;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>
/// The names the chat page is reached at: this machine's loopback names and <see cref="DirectLineOptions.WebChatHostNames"/>.
/// A page whose own name was rebound to the bot's address (DNS rebinding) sends its own name as Host, and is refused.
/// </summary>
internal sealed class WebChatHostNames(IOptions<DirectLineOptions> options)
{
    public bool Contains(string host) =>
        LocalCallers.IsLoopbackName(host) || options.Value.WebChatHostNames.Contains(host.TrimEnd('.'), StringComparer.OrdinalIgnoreCase);
}

/// <summary>Every name in <see cref="DirectLineOptions.WebChatHostNames"/> is a host name, checked at start-up.</summary>
internal sealed class WebChatHostNamesValidator : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var failures = options.WebChatHostNames.Where(host => Uri.CheckHostName(host) is UriHostNameType.Unknown or UriHostNameType.Basic)
            .Select(host => $"DirectLine:WebChatHostNames: '{host}' is not a host name (no scheme or port, e.g. chat.contoso.com).")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
