using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Outbox.Tickets;

/// <summary>
/// ServiceNow's credentials for each request: basic auth, or an OAuth access token from <c>{BaseUrl}/oauth_token.do</c>
/// (client credentials grant), kept until a minute before it expires or until ServiceNow refuses it.
/// </summary>
internal sealed class ServiceNowAuthorizer(IOptions<ServiceNowOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset Until)? _token;

    public async Task<AuthenticationHeaderValue> HeaderAsync(TimedRequests http, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.UsesOAuth)
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.UserName}:{settings.Password}")));
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is not { } token || token.Until <= time.GetUtcNow())
                _token = token = await RequestTokenAsync(http, settings, cancellationToken);
            return new AuthenticationHeaderValue("Bearer", token.Token);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops the kept token after ServiceNow refused it, so the next attempt asks for a new one.</summary>
    public void Forget() => _token = null;

    private async Task<(string, DateTimeOffset)> RequestTokenAsync(TimedRequests http, ServiceNowOptions settings, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url("oauth_token.do"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.ClientId!,
                ["client_secret"] = settings.ClientSecret!,
            }),
        };
        using var response = await http.SendAsync(request, "ServiceNow token", cancellationToken);
        var answer = await response.Content.ReadFromJsonAsync(TicketJsonContext.Default.ServiceNowToken, cancellationToken);
        if (answer?.AccessToken is not { Length: > 0 } accessToken)
            throw new StepFailedException(new DeliveryResult(DeliveryOutcome.Retryable, "ServiceNow token: no access_token in the answer"));
        var lifetime = TimeSpan.FromSeconds(answer.ExpiresIn ?? 1800);
        return (accessToken, time.GetUtcNow() + (lifetime > Margin * 2 ? lifetime - Margin : lifetime / 2));
    }
}
