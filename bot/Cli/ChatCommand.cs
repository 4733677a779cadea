using System.CommandLine;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.Console;
using RdpHelpBot.Bot.Conversations;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.Storage;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// <c>chat [--conversation ID]</c>: talk to the bot in the terminal. Host settings such as
/// <c>--Storage:Provider=InMemory</c> pass through to the configuration.
/// </summary>
internal static class ChatCommand
{
    public static Command Build()
    {
        var conversation = new Option<string>("--conversation")
        {
            Description = "Resume this conversation (kept in the SQLite data) instead of starting a new one.",
        };
        var command = new Command("chat", "Talk to the bot in the terminal, one message per line; piped input works too.")
        {
            conversation,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, parseResult.GetValue(conversation), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string? conversationId, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        if (conversationId is not null && string.IsNullOrWhiteSpace(conversationId))
        {
            await error.WriteLineAsync("--conversation needs a conversation id.");
            return 1;
        }
        using var host = ConsoleChatHost.Build(parseResult.UnmatchedTokens.ToArray(), error);
        if (host is null || !await TryValidateOptionsAsync(host.Services, error))
        {
            return 1;
        }
        try
        {
            await host.Services.CheckStorageAsync(cancellationToken);
        }
        catch (StartupProblemException e)
        {
            await error.WriteLineAsync(e.Line);
            return 1;
        }
        var interactive = !Console.IsInputRedirected;
        conversationId ??= Guid.NewGuid().ToString("N");
        if (interactive)
        {
            await output.WriteLineAsync(
                $"Conversation {conversationId}. Type a message; end the input (Ctrl+D, or Ctrl+Z then Enter on Windows) to leave.");
        }
        var chat = new ConsoleChat(host.Services.GetRequiredService<TurnPipeline>(), Console.In, output, interactive);
        await chat.RunAsync(conversationId, cancellationToken);
        return 0;
    }

    // The web host validates options when it starts; the chat does not start the host, so it asks directly.
    private static async Task<bool> TryValidateOptionsAsync(IServiceProvider services, TextWriter error)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return true;
        }
        catch (OptionsValidationException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return false;
        }
    }
}
