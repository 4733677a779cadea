using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Checks;
using RdpHelpBot.Bot.Checks.Safety;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Bot.Watch;
using RdpHelpBot.Dialogs.Outbox;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// <c>watch add|remove|list|run|import</c>: the certificate watch's inventory, one pass now (for cron), and what each
/// host's certificate looks like. Settings pass through as for the bot (<c>--Storage:DataFolder=DIR</c>, <c>--Checks:…</c>).
/// </summary>
internal static class WatchCommand
{
    public static Command Build(TimeProvider? time = null)
    {
        var command = new Command("watch", "Warnings before RDP certificates expire: the watched hosts, and a pass now.")
        {
            Add(time), Remove(time), List(time), Run(time), Import(time),
        };
        return command;
    }

    private static Command Add(TimeProvider? time)
    {
        var host = new Argument<string>("host") { Description = "The host: a name or address, with :PORT when it is not 3389." };
        var port = new Option<int?>("--port") { Description = "The RDP port (default 3389)." };
        var owners = new Option<string[]>("--owner") { Description = "Who hears about it: CHANNEL:USER (slack:T0123:U0456, msteams:29:…) or CHANNEL:conversation:ID; repeatable.", AllowMultipleArgumentsPerToken = false };
        var thresholds = new Option<string?>("--thresholds") { Description = "Days before expiry to warn at for this host, e.g. 30,7,1 (default Watch:Thresholds)." };
        var command = Sub("add", "Watch a host's RDP certificate (it must be a host the bot may check).", host, port, owners, thresholds);
        command.SetAction((parse, token) => WithAppAsync(parse, time, async (app, output, error) =>
        {
            IReadOnlyList<int>? days = null;
            if (parse.GetValue(thresholds) is { } text && !TryThresholds(text, out days, out var problem))
            {
                await error.WriteLineAsync(problem);
                return 1;
            }
            var (added, refusal) = await app.Services.GetRequiredService<WatchSubscriptions>()
                .AddAsync(parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(owners) ?? [], WatchSource.CommandLine, days, token);
            if (added is null)
            {
                await error.WriteLineAsync(refusal);
                return 1;
            }
            await output.WriteLineAsync($"Watching {added.Id}{(added.Subscribers.Count == 0 ? " (nobody subscribed: webhooks only)" : $" for {string.Join(", ", added.Subscribers)}")}.");
            return 0;
        }));
        return command;
    }

    private static Command Remove(TimeProvider? time)
    {
        var host = new Argument<string>("host") { Description = "The host, with :PORT when it is not 3389." };
        var port = new Option<int?>("--port") { Description = "The RDP port (default 3389)." };
        var command = Sub("remove", "Stop watching a host added by command or chat.", host, port);
        command.SetAction((parse, token) => WithAppAsync(parse, time, async (app, output, error) =>
        {
            if (await app.Services.GetRequiredService<WatchSubscriptions>().RemoveAsync(parse.GetValue(host)!, parse.GetValue(port), token) is { } problem)
            {
                await error.WriteLineAsync(problem);
                return 1;
            }
            await output.WriteLineAsync($"No longer watching {parse.GetValue(host)}.");
            return 0;
        }));
        return command;
    }

    private static Command List(TimeProvider? time)
    {
        var json = new Option<bool>("--json") { Description = "Write the hosts as JSON." };
        var command = Sub("list", "Every watched host with its certificate, expiry, days left, status, last probe, next warning and subscribers.", json);
        command.SetAction((parse, token) => WithAppAsync(parse, time, async (app, output, _) =>
        {
            var rows = await app.Services.GetRequiredService<WatchListing>().ListAsync((time ?? TimeProvider.System).GetUtcNow(), token);
            if (parse.GetValue(json))
                await output.WriteLineAsync(JsonSerializer.Serialize(rows, WatchListJsonContext.Default.IReadOnlyListWatchStatus));
            else
                await WatchListPrinter.WriteAsync(rows, output);
            return 0;
        }));
        return command;
    }

    private static Command Run(TimeProvider? time)
    {
        var command = Sub("run", "Run one pass now and deliver the warnings it queued before exiting (for cron).");
        command.SetAction((parse, token) => WithAppAsync(parse, time, async (app, output, error) =>
        {
            if (app.Services.GetService<HostCheckPolicy>() is null)
            {
                await error.WriteLineAsync("Host checks are off (Checks:AllowedHosts is empty), and the watch only checks hosts the bot may check.");
                return 1;
            }
            var result = await app.Services.GetRequiredService<WatchPass>().RunAsync(token);
            if (result is null)
            {
                await output.WriteLineAsync("Another instance is running a pass now; nothing done.");
                return 0;
            }
            var (delivered, left) = await DeliverAsync(app.Services, result.QueuedRows, token);
            await output.WriteLineAsync(
                $"Checked {result.Hosts} host(s): {result.Addresses} address(es), {result.Certificates} certificate(s) read in {result.Elapsed.TotalSeconds:0.0} s. " +
                $"Warnings: {result.QueuedRows.Count} outbox row(s) queued, {delivered} delivered, {left} left to the bot's outbox worker.");
            return result.LeaseLost ? 1 : 0;
        }));
        return command;
    }

    private static Command Import(TimeProvider? time)
    {
        var file = new Argument<FileInfo>("file") { Description = "A CSV file of host,port,owner (a header line is allowed; port and owner may be empty)." };
        var command = Sub("import", "Watch every host of a CSV file (host,port,owner); nothing is imported when a line is wrong.", file);
        command.SetAction((parse, token) => WithAppAsync(parse, time, async (app, output, error) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await error.WriteLineAsync($"{path.FullName} does not exist.");
                return 1;
            }
            var subscriptions = app.Services.GetRequiredService<WatchSubscriptions>();
            var (lines, problems) = WatchImport.Read(path.FullName, subscriptions);
            foreach (var problem in problems)
                await error.WriteLineAsync(problem);
            if (problems.Count > 0)
                return 1;
            foreach (var line in lines)
                await subscriptions.AddAsync(line.Host, line.Port, line.Owners, WatchSource.CommandLine, null, token);
            await output.WriteLineAsync($"Watching {lines.Count} host(s) from {path.Name}.");
            return 0;
        }));
        return command;
    }

    /// <summary>Delivers the rows this pass queued that this process can send; the rest wait for the bot's worker.</summary>
    private static async Task<(int Delivered, int Left)> DeliverAsync(IServiceProvider services, IReadOnlyList<string> ids, CancellationToken token)
    {
        if (ids.Count == 0)
            return (0, 0);
        var store = services.GetRequiredService<IOutboxStore>();
        var messenger = services.GetRequiredService<IProactiveMessenger>();
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var due = (await store.ListAsync(OutboxState.Pending, token)).Where(row => wanted.Contains(row.Id)).ToList();
        var sendable = due.Where(row => row.Kind != OutboxKinds.Message || OutgoingMessage.FromRow(row) is { } message && messenger.CanSend(message.To)).ToList();
        await services.GetRequiredService<OutboxDelivery>().DeliverAsync(sendable, token);
        var stillPending = (await store.ListAsync(OutboxState.Pending, token)).Count(row => wanted.Contains(row.Id));
        var dead = (await store.ListAsync(OutboxState.Dead, token)).Count(row => wanted.Contains(row.Id));
        return (due.Count - stillPending - dead, stillPending + dead);
    }

    private static bool TryThresholds(string text, out IReadOnlyList<int>? days, out string problem)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var values = parts.Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1).ToList();
        problem = WatchOptionsValidator.ThresholdProblem(values, "--thresholds") ?? "";
        days = problem.Length == 0 ? values : null;
        return problem.Length == 0;
    }

    private static Command Sub(string name, string description, params Symbol[] symbols)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
            }
        }
        // Configuration arguments such as --Storage:DataFolder=DIR go to the host builder, as for the bot.
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    /// <summary>Builds the watch's services from the settings (checked as at start-up) and runs <paramref name="action"/>.</summary>
    private static async Task<int> WithAppAsync(ParseResult parse, TimeProvider? time, Func<WebApplication, TextWriter, TextWriter, Task<int>> action)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var builder = CommandHost.CreateBuilder(parse.UnmatchedTokens);
        if (time is not null)
            builder.Services.AddSingleton(time);
        WebApplication app;
        try
        {
            builder.AddStorage();
            builder.AddHostChecks();
            builder.AddOutbox();
            builder.AddCertificateWatch(scheduled: false);
            app = builder.Build();
            BotServices.ValidateSettings(app.Services);
        }
        catch (Exception e) when (e is OptionsValidationException || BotServices.IsUnreadableSetting(e))
        {
            await error.WriteLineAsync($"A setting is not valid: {e.Message}");
            return 1;
        }
        await using (app)
        {
            if (app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.InMemory)
            {
                await error.WriteLineAsync("Storage:Provider is InMemory: the watch's hosts and history would be lost when this command ends; use the SQLite storage.");
                return 1;
            }
            try
            {
                await app.Services.CheckStorageAsync(CancellationToken.None);
            }
            catch (StartupProblemException e)
            {
                await error.WriteLineAsync(e.Line);
                return 1;
            }
            return await action(app, output, error);
        }
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<WatchStatus>))]
internal sealed partial class WatchListJsonContext : JsonSerializerContext;
