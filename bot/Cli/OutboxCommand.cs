using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// <c>outbox [--json] [--dead] [--retry ID] [--Storage:DataFolder=DIR ...]</c>: what waits in the outbox (or was given
/// up on), and re-queues a row by hand.
/// </summary>
internal static class OutboxCommand
{
    public static Command Build(TimeProvider? time = null)
    {
        var json = new Option<bool>("--json") { Description = "Write the rows as JSON." };
        var dead = new Option<bool>("--dead") { Description = "List the dead-lettered rows instead of the pending ones." };
        var retry = new Option<string?>("--retry") { Description = "Re-queue this row (an id from the list) to be delivered at once." };
        var command = new Command("outbox", "List the webhooks waiting to be delivered or given up on; re-queue one.")
        {
            json, dead, retry,
        };
        // Configuration arguments such as --Storage:DataFolder=DIR go to the host builder, as for the bot.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult, parseResult.GetValue(json), parseResult.GetValue(dead), parseResult.GetValue(retry), time ?? TimeProvider.System, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, bool json, bool dead, string? retry, TimeProvider time, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        await using var app = await CommandHost.OpenKeptDataAsync(parseResult.UnmatchedTokens, "outbox", error);
        if (app is null)
            return 1;
        var store = app.Services.GetRequiredService<IOutboxStore>();
        if (retry is not null)
        {
            if (!await store.RequeueAsync(retry.Trim(), time.GetUtcNow(), cancellationToken))
            {
                await error.WriteLineAsync($"No pending or dead-lettered outbox row has the id '{retry}'.");
                return 1;
            }
            await output.WriteLineAsync($"Re-queued {retry.Trim()}: the bot delivers it within a few seconds while it runs, or when it next starts.");
            return 0;
        }
        var state = dead ? OutboxState.Dead : OutboxState.Pending;
        var rows = (await store.ListAsync(state, cancellationToken)).Select(OutboxRowJson.From).ToList();
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new OutboxJson(state, rows), OutboxJsonContext.Default.OutboxJson));
            return 0;
        }
        await output.WriteLineAsync(rows.Count == 0
            ? $"No {(dead ? "dead-lettered" : "pending")} outbox rows."
            : $"{rows.Count} {(dead ? "dead-lettered" : "pending")} outbox row(s):");
        foreach (var row in rows)
        {
            var when = dead ? "" : $", next attempt {row.NextAttempt.ToString("u", CultureInfo.InvariantCulture)}";
            await output.WriteLineAsync($"  {row.Id}  {row.Kind} {row.Type} to {row.Destination}, {row.Attempts} attempt(s){when}{(row.Reason is null ? "" : $": {row.Reason}")}");
        }
        return 0;
    }
}

/// <summary>The JSON form of <c>outbox --json</c>.</summary>
internal sealed record OutboxJson(OutboxState State, IReadOnlyList<OutboxRowJson> Rows);

/// <param name="Destination">
/// The receiver's scheme, host and port (a URL's path or query may hold a token); for a message, its channel and the
/// Connector's scheme and host when it has one.
/// </param>
/// <param name="Type">The event type of a webhook row.</param>
internal sealed record OutboxRowJson(
    string Id, string Kind, string? Type, string Destination, string IdempotencyKey, int Attempts,
    DateTimeOffset Created, DateTimeOffset NextAttempt, OutboxState State, string? Reason)
{
    public static OutboxRowJson From(OutboxMessage row) => new(
        row.Id, row.Kind, EventType(row), Receiver(row),
        row.IdempotencyKey, row.Attempts, row.Created, row.NextAttempt, row.State, row.Reason);

    private static string Receiver(OutboxMessage row)
    {
        if (row.Kind == OutboxKinds.Message)
        {
            return OutgoingMessage.FromRow(row)?.To is { } to
                ? Uri.TryCreate(to.ServiceUrl, UriKind.Absolute, out var connector) ? $"{to.ChannelId} at {connector.GetLeftPart(UriPartial.Authority)}" : to.ChannelId
                : "?";
        }
        return Uri.TryCreate(row.Destination, UriKind.Absolute, out var url) ? url.GetLeftPart(UriPartial.Authority) : "?";
    }

    private static string? EventType(OutboxMessage row)
    {
        try
        {
            using var payload = JsonDocument.Parse(row.Payload);
            // A message's payload is its list of replies.
            return payload.RootElement.ValueKind == JsonValueKind.Object && payload.RootElement.TryGetProperty("type", out var type) ? type.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, WriteIndented = true)]
[JsonSerializable(typeof(OutboxJson))]
internal sealed partial class OutboxJsonContext : JsonSerializerContext;
