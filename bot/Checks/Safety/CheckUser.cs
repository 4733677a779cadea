namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>Who asks for a check: the channel's user id and the groups the channel vouches for.</summary>
internal sealed record CheckUser(string Id, IReadOnlyList<string> Groups)
{
    public CheckUser(string id)
        : this(id, [])
    {
    }
}
