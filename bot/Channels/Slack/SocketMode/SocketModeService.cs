using System.Net.WebSockets;
using RdpHelpBot.Bot.Channels.Slack.WebApi;

namespace RdpHelpBot.Bot.Channels.Slack.SocketMode;

/// <summary>
/// Keeps one Socket Mode connection open with the app-level token, so the bot needs no public URL: a fresh
/// URL from <c>apps.connections.open</c> for each connection, at once when Slack asks for a refresh, after a
/// growing backoff when the socket drops. It stops only when Slack refuses the token.
/// </summary>
internal sealed class SocketModeService(
    SlackOptions options, SlackWebApiClient api, SocketModeDispatcher dispatcher, TimeProvider time, SlackLog log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new SocketModeBackoff(options.ReconnectDelay, options.MaxReconnectDelay);
        var connection = new SocketModeConnection(options, dispatcher, backoff, log);
        while (!stoppingToken.IsCancellationRequested)
        {
            string reason;
            try
            {
                var url = await api.OpenSocketModeConnectionAsync(options.AppToken!, stoppingToken);
                if (await connection.RunAsync(url, stoppingToken) == SocketModeEnd.RefreshRequested)
                    continue;
                reason = "closed by the server";
            }
            catch (SlackApiException e) when (e.IsAuthenticationError)
            {
                log.SocketStopped(e.Error);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (OperationCanceledException)
            {
                reason = "nothing heard within the idle timeout";
            }
            catch (Exception e) when (e is WebSocketException or HttpRequestException or SlackApiException or IOException)
            {
                reason = e.Message;
            }
            var delay = backoff.NextDelay();
            log.SocketLost(reason, delay);
            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
