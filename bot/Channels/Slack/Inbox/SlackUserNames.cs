using Microsoft.Extensions.Caching.Memory;
using RdpHelpBot.Bot.Channels.Slack.WebApi;

namespace RdpHelpBot.Bot.Channels.Slack.Inbox;

/// <summary>
/// The names people have in Slack (<c>users.info</c>), for the turns they take: an agent's name is what the user
/// reads before the agent's words. Kept an hour, for at most <see cref="MaxPeople"/> people; a failed look-up is
/// remembered briefly, and the turn goes on without a name.
/// </summary>
internal sealed class SlackUserNames(SlackWebApiClient api, SlackLog log) : IDisposable
{
    public const int MaxPeople = 10_000;

    private static readonly TimeSpan Known = TimeSpan.FromHours(1);
    private static readonly TimeSpan Unknown = TimeSpan.FromMinutes(5);

    private readonly MemoryCache _names = new(new MemoryCacheOptions { SizeLimit = MaxPeople });

    public async Task<string?> NameAsync(string teamId, string userId, string token, CancellationToken cancellationToken)
    {
        var key = $"{teamId}:{userId}";
        if (_names.TryGetValue(key, out string? name))
            return name;
        try
        {
            name = (await api.GetUserAsync(token, userId, cancellationToken)).ShownName;
            Remember(key, name, Known);
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException)
        {
            log.UserNameUnknown(teamId, e is SlackApiException slack ? slack.Error : e.Message);
            Remember(key, null, Unknown);
        }
        return name;
    }

    public void Dispose() => _names.Dispose();

    private void Remember(string key, string? name, TimeSpan howLong) =>
        _names.Set(key, name, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = howLong });
}
