using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using RdpHelpBot.Bot.Channels.Slack.WebApi;

namespace RdpHelpBot.Bot.Channels.Slack.OAuth;

/// <summary>
/// The OAuth v2 install flow: <c>/slack/install</c> sends the installer to Slack with a fresh state;
/// <c>/slack/oauth_redirect</c> checks that state, trades the code for the workspace's bot token
/// (<c>oauth.v2.access</c>), learns the bot's ids (<c>auth.test</c>) and stores the token encrypted.
/// </summary>
internal sealed class SlackInstallEndpoints(
    SlackOptions options, SlackOAuthState state, SlackWebApiClient api, SlackInstallations installations, TimeProvider time, SlackLog log)
{
    public Task InstallAsync(HttpContext context)
    {
        var (stateValue, nonce) = state.Create();
        context.Response.Cookies.Append(SlackOAuthState.CookieName, nonce, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            MaxAge = SlackOAuthState.Lifetime,
            Path = $"{context.Request.PathBase}{SlackChannel.Prefix}",
        });
        var authorize = QueryHelpers.AddQueryString(options.AuthorizeUrl.ToString(), new Dictionary<string, string?>
        {
            ["client_id"] = options.ClientId,
            ["scope"] = options.Scopes,
            ["redirect_uri"] = RedirectUri(context.Request).ToString(),
            ["state"] = stateValue,
        });
        context.Response.Redirect(authorize);
        return Task.CompletedTask;
    }

    public async Task RedirectAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (!string.IsNullOrEmpty(query["error"]))
        {
            await RefuseAsync(context, $"The installation was not completed: Slack says '{query["error"]}'.");
            return;
        }
        if (!state.Matches(query["state"], context.Request.Cookies[SlackOAuthState.CookieName]))
        {
            log.InstallStateRejected();
            await RefuseAsync(context, "This install link has expired or was started in another browser. Start again at /slack/install.");
            return;
        }
        context.Response.Cookies.Delete(SlackOAuthState.CookieName);
        if (string.IsNullOrEmpty(query["code"]))
        {
            await RefuseAsync(context, "Slack sent no authorization code.");
            return;
        }
        try
        {
            var team = await CompleteAsync(query["code"]!, RedirectUri(context.Request), context.RequestAborted);
            await WriteAsync(context, StatusCodes.Status200OK, $"RdpHelpBot is installed in {team}. You can close this page.");
        }
        catch (SlackApiException e)
        {
            log.ApiCallFailed(e.Method, e.Error, "install");
            await RefuseAsync(context, $"Slack refused the installation ({e.Method}: {e.Error}).");
        }
    }

    private async Task<string> CompleteAsync(string code, Uri redirectUri, CancellationToken cancellationToken)
    {
        var access = await api.ExchangeInstallCodeAsync(code, redirectUri, cancellationToken);
        if (access is not { Team.Id: { } teamId, AccessToken: { } token, TokenType: "bot" })
            throw new SlackApiException("oauth.v2.access", "no_workspace_bot_token (org-wide installs are not supported)");
        var identity = await api.AuthTestAsync(token, cancellationToken);
        var installation = new SlackInstallation(
            teamId, access.Team.Name, access.Enterprise?.Id, access.AppId, access.BotUserId ?? identity.UserId ?? "",
            identity.BotId, access.Scope, time.GetUtcNow());
        await installations.SaveAsync(installation, token, cancellationToken);
        log.Installed(teamId);
        return access.Team.Name ?? teamId;
    }

    private Uri RedirectUri(HttpRequest request) =>
        options.RedirectUri ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{SlackChannel.Prefix}/oauth_redirect");

    private static Task RefuseAsync(HttpContext context, string message) => WriteAsync(context, StatusCodes.Status400BadRequest, message);

    private static async Task WriteAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message, context.RequestAborted);
    }
}
