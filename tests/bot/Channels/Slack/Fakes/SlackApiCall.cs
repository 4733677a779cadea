using System.Text.Json.Nodes;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Fakes;

/// <summary>One Web API call the fake Slack received: the method, the bearer token and the arguments.</summary>
internal sealed record SlackApiCall(string Method, string? Token, JsonObject Arguments, string? AnsweredTs)
{
    public string? Channel => (string?)Arguments["channel"];

    public string? ThreadTs => (string?)Arguments["thread_ts"];

    public string? Ts => (string?)Arguments["ts"];

    public string? Text => (string?)Arguments["text"];

    public JsonArray Blocks => Arguments["blocks"] as JsonArray ?? [];

    public bool HasButtons => Blocks.Any(block => (string?)block?["type"] == "actions");

    /// <summary>Every text in the blocks, joined: what a person reads in the message.</summary>
    public string BlockText => string.Join("\n", Blocks.SelectMany(block => Texts(block)));

    public IReadOnlyList<(string Label, string Value)> Buttons => [.. Blocks
        .Where(block => (string?)block?["type"] == "actions")
        .SelectMany(block => block!["elements"]!.AsArray())
        .Select(button => ((string)button!["text"]!["text"]!, (string)button["value"]!))];

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(property => property.Key == "text" && property.Value is JsonValue value
            ? [value.ToString()]
            : Texts(property.Value)),
        JsonArray array => array.SelectMany(Texts),
        _ => [],
    };
}
