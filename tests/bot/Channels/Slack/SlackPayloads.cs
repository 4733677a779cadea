using System.Text.Json.Nodes;
using RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;

namespace RdpHelpBot.Bot.Tests.Channels.Slack;

/// <summary>Payloads shaped as Slack sends them (docs/reference/slack.md §2–3), for the tests to deliver.</summary>
internal static class SlackPayloads
{
    public const string Team = "T1";
    public const string User = "U1";
    public const string Channel = "C1";
    public const string DirectChannel = "D1";

    public static JsonObject AppMention(string eventId, string ts, string text, string? threadTs = null, string team = Team, string channel = Channel) =>
        Callback(eventId, team, new JsonObject
        {
            ["type"] = "app_mention", ["user"] = User, ["text"] = $"<@{FakeSlackApi.BotUserId}> {text}", ["ts"] = ts,
            ["thread_ts"] = threadTs, ["channel"] = channel, ["event_ts"] = ts,
        });

    public static JsonObject DirectMessage(string eventId, string ts, string text, string team = Team, string user = User, string? botId = null, string? subtype = null) =>
        Callback(eventId, team, new JsonObject
        {
            ["type"] = "message", ["user"] = user, ["text"] = text, ["ts"] = ts, ["channel"] = DirectChannel, ["channel_type"] = "im",
            ["event_ts"] = ts, ["bot_id"] = botId, ["subtype"] = subtype,
        });

    /// <summary>A message in a channel that does not mention the bot; in a thread when <paramref name="threadTs"/> is given.</summary>
    public static JsonObject ChannelMessage(
        string eventId, string ts, string text, string? threadTs = null, string channel = Channel, string user = User, string? botId = null, string channelType = "channel") =>
        Callback(eventId, Team, new JsonObject
        {
            ["type"] = "message", ["user"] = user, ["text"] = text, ["ts"] = ts, ["thread_ts"] = threadTs, ["channel"] = channel,
            ["channel_type"] = channelType, ["event_ts"] = ts, ["bot_id"] = botId,
            ["parent_user_id"] = threadTs is null ? null : FakeSlackApi.BotUserId,
        });

    /// <summary>A click on the button with <paramref name="value"/> in a message the bot posted (as the fake recorded it).</summary>
    public static JsonObject Click(SlackApiCall posted, string value, string team = Team, string user = User)
    {
        var button = posted.Blocks.Where(block => (string?)block?["type"] == "actions")
            .SelectMany(block => block!["elements"]!.AsArray())
            .First(element => (string?)element!["value"] == value)!;
        return new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = team, ["domain"] = "example" },
            ["user"] = new JsonObject { ["id"] = user, ["username"] = "someone", ["name"] = "someone", ["team_id"] = team },
            ["api_app_id"] = "A1",
            ["channel"] = new JsonObject { ["id"] = posted.Channel, ["name"] = "helpdesk" },
            ["container"] = new JsonObject
            {
                ["type"] = "message", ["message_ts"] = posted.AnsweredTs, ["channel_id"] = posted.Channel, ["is_ephemeral"] = false,
                ["thread_ts"] = posted.ThreadTs,
            },
            ["message"] = new JsonObject
            {
                ["type"] = "message", ["ts"] = posted.AnsweredTs, ["thread_ts"] = posted.ThreadTs, ["text"] = posted.Text,
                ["user"] = FakeSlackApi.BotUserId, ["bot_id"] = FakeSlackApi.BotId, ["blocks"] = posted.Blocks.DeepClone(),
            },
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "button", ["action_id"] = button["action_id"]!.DeepClone(), ["block_id"] = "b1",
                ["text"] = button["text"]!.DeepClone(), ["value"] = value, ["action_ts"] = "1700000100.000001",
            }),
            ["trigger_id"] = "123.456.abc",
            ["response_url"] = "https://hooks.slack.invalid/actions/T1/1/x",
        };
    }

    public static string ClickForm(JsonObject click) => "payload=" + Uri.EscapeDataString(click.ToJsonString());

    public static string CommandForm(string text, string channel = Channel, string triggerId = "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c") =>
        $"token=legacy&team_id={Team}&team_domain=example&channel_id={channel}&channel_name=helpdesk&user_id={User}&user_name=someone" +
        $"&command=%2Frdphelp&text={Uri.EscapeDataString(text)}&api_app_id=A1&response_url=https%3A%2F%2Fhooks.slack.invalid%2Fcommands%2F1&trigger_id={triggerId}";

    public static JsonObject CommandJson(string text, string channel = Channel, string triggerId = "1.2.3") => new()
    {
        ["token"] = "legacy", ["team_id"] = Team, ["channel_id"] = channel, ["user_id"] = User, ["command"] = "/rdphelp",
        ["text"] = text, ["api_app_id"] = "A1", ["trigger_id"] = triggerId, ["response_url"] = "https://hooks.slack.invalid/commands/1",
    };

    private static JsonObject Callback(string eventId, string team, JsonObject inner) => new()
    {
        ["token"] = "legacy",
        ["team_id"] = team,
        ["api_app_id"] = "A1",
        ["event"] = inner,
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1700000000,
        ["authorizations"] = new JsonArray(new JsonObject
        {
            ["team_id"] = team, ["user_id"] = FakeSlackApi.BotUserId, ["is_bot"] = true, ["is_enterprise_install"] = false,
        }),
    };
}
