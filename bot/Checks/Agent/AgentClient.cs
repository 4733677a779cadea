using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using RdpHelpBot.Agent.Contract;
using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Contract.Signing;

namespace RdpHelpBot.Bot.Checks.Agent;

/// <summary>
/// Asks a host agent for its report: signs the request with the host's key, and accepts only an answer that is
/// signed with the same key for this very request (same nonce) and recently. Never throws for what the agent or
/// the network does; every failure comes back as a plain-words problem.
/// </summary>
internal sealed class AgentClient(HttpClient http, IOptions<AgentOptions> options, TimeProvider time)
{
    private const int MaxAnswerBytes = 4 * 1024 * 1024;

    public async Task<AgentCallResult> GetReportAsync(AgentEndpoint agent, string? userName, CancellationToken cancellationToken)
    {
        var url = new Uri(agent.BaseUrl, AgentRoutes.Report.TrimStart('/'));
        var body = JsonSerializer.SerializeToUtf8Bytes(new ReportRequest(userName), AgentJsonContext.Default.ReportRequest);
        var nonce = MessageSigner.NewNonce();
        using var request = Sign(agent.Key, url, body, nonce);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var answer = await ReadLimitedAsync(response.Content, cancellationToken);
            if (answer is null)
                return AgentCallResult.Failure($"The agent at {agent.BaseUrl} sent an answer larger than {MaxAnswerBytes / 1024 / 1024} MB; it was ignored.");
            return AgentAnswer.Read(response, answer, agent, url, nonce, time.GetUtcNow(), options.Value.MaxClockSkew);
        }
        catch (Exception e) when (e is TimeoutRejectedException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return AgentCallResult.Failure(
                $"The agent at {agent.BaseUrl} did not answer within {options.Value.Timeout.TotalSeconds:0} seconds.");
        }
        catch (HttpRequestException e)
        {
            return AgentCallResult.Failure($"The agent at {agent.BaseUrl} could not be reached: {e.Message}");
        }
    }

    private HttpRequestMessage Sign(AgentKey key, Uri url, byte[] body, string nonce)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var message = new SignedMessage(
            MessageDirection.Request, "POST", url.PathAndQuery, 0, time.GetUtcNow().ToUnixTimeSeconds(), nonce, body);
        foreach (var (name, value) in SignatureHeaderValues.Sign(key, message).AsHeaders())
            request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxAnswerBytes)
            return null;
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var copy = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (copy.Length + read > MaxAnswerBytes)
                return null;
            await copy.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
        return copy.ToArray();
    }
}
