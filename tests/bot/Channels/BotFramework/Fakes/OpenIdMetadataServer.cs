using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

/// <summary>
/// Serves OpenID metadata and keys like login.botframework.com (<c>/v1/…</c>, keys with endorsements) and
/// Microsoft Entra ID (<c>/entra/…</c>), from keys made in the test.
/// </summary>
internal sealed class OpenIdMetadataServer : IAsyncDisposable
{
    private readonly LocalServer _server;
    private readonly IReadOnlyList<SigningKey> _botConnectorKeys;
    private readonly IReadOnlyList<SigningKey> _entraKeys;

    private OpenIdMetadataServer(LocalServer server, IReadOnlyList<SigningKey> botConnectorKeys, IReadOnlyList<SigningKey> entraKeys)
    {
        _server = server;
        _botConnectorKeys = botConnectorKeys;
        _entraKeys = entraKeys;
    }

    public Uri BotConnectorMetadataUrl => new(_server.Address, "v1/.well-known/openidconfiguration");

    public Uri EntraMetadataUrl => new(_server.Address, "entra/v2.0/.well-known/openid-configuration");

    public int Requests { get; private set; }

    public static async Task<OpenIdMetadataServer> StartAsync(IReadOnlyList<SigningKey> botConnectorKeys, IReadOnlyList<SigningKey> entraKeys)
    {
        OpenIdMetadataServer? self = null;
        var server = await LocalServer.StartAsync(context => self!.AnswerAsync(context));
        self = new OpenIdMetadataServer(server, botConnectorKeys, entraKeys);
        return self;
    }

    private Task AnswerAsync(HttpContext context)
    {
        Requests++;
        var path = context.Request.Path.Value ?? "";
        JsonNode? body = path switch
        {
            "/v1/.well-known/openidconfiguration" => Configuration("https://api.botframework.com", "v1/.well-known/keys"),
            "/v1/.well-known/keys" => Keys(_botConnectorKeys),
            "/entra/v2.0/.well-known/openid-configuration" => Configuration("https://login.microsoftonline.com/{tenantid}/v2.0", "entra/discovery/v2.0/keys"),
            "/entra/discovery/v2.0/keys" => Keys(_entraKeys),
            _ => null,
        };
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }

    private JsonObject Configuration(string issuer, string keysPath) => new()
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = new Uri(_server.Address, "authorize").ToString(),
        ["jwks_uri"] = new Uri(_server.Address, keysPath).ToString(),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    };

    private static JsonObject Keys(IReadOnlyList<SigningKey> keys) => new()
    {
        ["keys"] = new JsonArray(keys.Select(key => (JsonNode)key.Jwk()).ToArray()),
    };

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
