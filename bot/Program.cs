using RdpHelpBot.Bot.Cli;

return await BotCommandLine.Build().Parse(args).InvokeAsync();
