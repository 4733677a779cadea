using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace RdpHelpBot.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The Bot Connector's keys list, per key, the channels it may sign for (<c>endorsements</c>, a field of its
/// own in the JWKS). A token signed by a key must be for one of that key's channels.
/// </summary>
internal static class Endorsements
{
    public const string Property = "endorsements";

    /// <summary>The key's endorsements, or null when the key has none (or is not in the set).</summary>
    public static IReadOnlyList<string>? Of(OpenIdConnectConfiguration configuration, string? keyId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue(Property, out var value))
            return null;
        return value switch
        {
            string single => [single],
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.ToString()).ToList(),
            IEnumerable many => many.Cast<object?>().Select(item => item?.ToString() ?? "").ToList(),
            _ => null,
        };
    }
}
