using System.Text;
using System.Text.Json.Nodes;
using RdpHelpBot.Knowledge.Model;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.LanguageModel;

/// <summary>
/// What the model is told, made once from the knowledge base at start: the instructions (each fact a user can state,
/// its id and its statement on one line; each intent in a few words) and the strict JSON schema of the answer, in which
/// the intents and fact ids are enums. Nothing of any conversation is in them.
/// </summary>
internal sealed class ReadingInstructions
{
    public const string SchemaName = "message_reading";

    // One line each, so the model can tell the intents apart; the names are IntentKind's.
    private static readonly IReadOnlyDictionary<IntentKind, string> IntentMeanings = new Dictionary<IntentKind, string>
    {
        [IntentKind.Greeting] = "only says hello",
        [IntentKind.Help] = "asks what the bot can do",
        [IntentKind.StartOver] = "wants to start again from the beginning",
        [IntentKind.Cancel] = "wants to stop",
        [IntentKind.TalkToHuman] = "wants a person from the helpdesk",
        [IntentKind.Worked] = "says the last fix worked",
        [IntentKind.DidNotWork] = "says the last fix did not help",
        [IntentKind.CannotDoStep] = "cannot do the step shown (no rights, no access)",
        [IntentKind.NextFix] = "wants the next fix or to skip this one",
        [IntentKind.WhatElse] = "asks what else the cause could be",
        [IntentKind.CheckHost] = "asks the bot to check a host it names",
        [IntentKind.WatchHost] = "asks the bot to watch a host's certificate",
        [IntentKind.StopWatching] = "asks the bot to stop watching a host it names",
        [IntentKind.ListWatches] = "asks which hosts the bot watches for them",
        [IntentKind.ShowFixes] = "wants the fixes without more questions",
        [IntentKind.AskWhy] = "asks why the bot asks or suggests something",
        [IntentKind.AskMeaning] = "asks what something means",
        [IntentKind.AskSafety] = "asks whether a step is safe",
        [IntentKind.Objection] = "refuses to do the step shown",
        [IntentKind.Correction] = "corrects what they said or clicked before",
    };

    public ReadingInstructions(IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        System = Describe(facts);
        Schema = BinaryData.FromString(SchemaOf(facts).ToJsonString());
    }

    /// <summary>The system message.</summary>
    public string System { get; }

    /// <summary>The <c>json_schema</c> response format's schema: every property required, no other property.</summary>
    public BinaryData Schema { get; }

    /// <summary>The bot's pending question as the model sees it when it is sent along: its text and its answers.</summary>
    public static string AskedQuestion(Question question) =>
        $"{question.Text} ({string.Join(" / ", question.Answers.Select(a => a.Label))})";

    private static string Describe(IReadOnlyList<Fact> facts)
    {
        var text = new StringBuilder();
        text.AppendLine("You read one message a user wrote to a help bot for the Remote Desktop error 0x904 (extended 0x7).");
        text.AppendLine("Answer with what the message itself states, in the terms below, and nothing else. A fact the message denies or only asks about is not stated.");
        text.AppendLine("intent: what the user asks of the bot, or null:");
        foreach (var (kind, meaning) in IntentMeanings)
            text.Append(kind).Append(": ").AppendLine(meaning);
        text.AppendLine("codes: each error code the message gives, in hexadecimal as \"0x904\"; an extended code as \"extended 0x7\".");
        text.AppendLine("facts: the ids of the facts the message states:");
        foreach (var fact in facts)
            text.Append(fact.Id).Append(": ").AppendLine(fact.Statement);
        text.Append("hosts: the host names or addresses the message names, exactly as written.");
        return text.ToString();
    }

    private static JsonObject SchemaOf(IReadOnlyList<Fact> facts) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["intent"] = new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = "string", ["enum"] = Strings(IntentMeanings.Keys.Select(k => k.ToString())) },
                    new JsonObject { ["type"] = "null" }),
            },
            ["codes"] = ArrayOf(new JsonObject { ["type"] = "string" }),
            ["facts"] = ArrayOf(new JsonObject { ["type"] = "string", ["enum"] = Strings(facts.Select(f => f.Id)) }),
            ["hosts"] = ArrayOf(new JsonObject { ["type"] = "string" }),
        },
        ["required"] = Strings(["intent", "codes", "facts", "hosts"]),
        ["additionalProperties"] = false,
    };

    private static JsonObject ArrayOf(JsonObject items) => new() { ["type"] = "array", ["items"] = items };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
