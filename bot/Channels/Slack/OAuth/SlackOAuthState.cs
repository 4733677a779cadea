using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace RdpHelpBot.Bot.Channels.Slack.OAuth;

/// <summary>
/// The OAuth <c>state</c> that ties Slack's redirect to the browser that started the install: a random nonce
/// goes into a cookie and, encrypted with an expiry, into <c>state</c>. Any instance sharing the key ring can
/// check it; nothing is stored.
/// </summary>
internal sealed class SlackOAuthState(IDataProtectionProvider protection)
{
    public const string CookieName = "slack-app-oauth-state";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("RdpHelpBot.Slack.OAuthState.v1").ToTimeLimitedDataProtector();

    public (string State, string Nonce) Create()
    {
        var nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (_protector.Protect(nonce, Lifetime), nonce);
    }

    /// <summary>True when the state is ours, unexpired and carries the nonce the browser's cookie holds.</summary>
    public bool Matches(string? state, string? cookieNonce)
    {
        if (string.IsNullOrEmpty(state) || string.IsNullOrEmpty(cookieNonce))
            return false;
        try
        {
            var nonce = _protector.Unprotect(state);
            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(nonce), Encoding.UTF8.GetBytes(cookieNonce));
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
