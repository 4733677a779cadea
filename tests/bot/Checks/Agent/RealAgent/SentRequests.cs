namespace RdpHelpBot.Bot.Tests.Checks.Agent.RealAgent;

/// <summary>Every request the bot's agent client sent, exactly as it left, so a test can send it again.</summary>
internal sealed class SentRequests
{
    private readonly List<SentRequest> _requests = [];

    public IReadOnlyList<SentRequest> All
    {
        get
        {
            lock (_requests)
                return [.. _requests];
        }
    }

    public DelegatingHandler CreateHandler() => new Recorder(this);

    private void Add(SentRequest request)
    {
        lock (_requests)
            _requests.Add(request);
    }

    private sealed class Recorder(SentRequests sent) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
            sent.Add(new SentRequest(request.Method, request.RequestUri!,
                [.. request.Headers.Select(header => (header.Key, string.Join(",", header.Value)))],
                body, request.Content?.Headers.ContentType?.ToString()));
            return await base.SendAsync(request, cancellationToken);
        }
    }
}

internal sealed record SentRequest(
    HttpMethod Method, Uri Uri, IReadOnlyList<(string Name, string Value)> Headers, byte[] Body, string? ContentType)
{
    /// <summary>The same request again: same URL, headers, signature, nonce and body.</summary>
    public HttpRequestMessage Copy()
    {
        var copy = new HttpRequestMessage(Method, Uri) { Content = new ByteArrayContent(Body) };
        if (ContentType is not null)
            copy.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(ContentType);
        foreach (var (name, value) in Headers)
            copy.Headers.TryAddWithoutValidation(name, value);
        return copy;
    }
}
