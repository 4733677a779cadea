using System.Net.Http.Headers;
using System.Text;
using RdpHelpBot.Agent.Contract.Signing;

namespace RdpHelpBot.Agent.Tests.Service.Hosting;

/// <summary>Requests signed the way the bot signs them, with knobs to get every detail wrong.</summary>
internal static class SignedRequests
{
    public static HttpRequestMessage Create(
        AgentKey key, DateTimeOffset at, HttpMethod method, string path, string body = "", string? nonce = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(method, path);
        if (method != HttpMethod.Get)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        var message = new SignedMessage(MessageDirection.Request, method.Method, path, 0, at.ToUnixTimeSeconds(),
            nonce ?? MessageSigner.NewNonce(), bytes);
        foreach (var (name, value) in SignatureHeaderValues.Sign(key, message).AsHeaders())
            request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    /// <summary>Whether a response carries a valid signature for the request it answers.</summary>
    public static async Task<SignatureFailure> VerifyResponseAsync(HttpResponseMessage response, AgentKey key, DateTimeOffset now)
    {
        var request = response.RequestMessage!;
        var body = await response.Content.ReadAsByteArrayAsync();
        var headers = SignatureHeaderValues.From(name => response.Headers.TryGetValues(name, out var values) ? values.Single() : null);
        var shape = SignedMessageShape.Response(request.Method.Method, request.RequestUri!.PathAndQuery, (int)response.StatusCode, body);
        return SignatureVerifier.Verify(headers, key, shape, now, SignatureVerifier.DefaultMaxClockSkew);
    }
}
