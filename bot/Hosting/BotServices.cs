using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Checks;
using RdpHelpBot.Bot.Checks.Agent;
using RdpHelpBot.Bot.Conversations;
using RdpHelpBot.Bot.Helpdesk;
using RdpHelpBot.Bot.Knowledge;
using RdpHelpBot.Bot.Learning;
using RdpHelpBot.Bot.Outbox;
using RdpHelpBot.Bot.Outbox.Tickets;
using RdpHelpBot.Bot.Storage;

namespace RdpHelpBot.Bot.Hosting;

/// <summary>What every way of running the bot shares — the web host and the terminal chat alike.</summary>
internal static class BotServices
{
    /// <summary>Adds the bot's services; false (with the reason written) when the bot must not start.</summary>
    public static bool TryAdd(IHostApplicationBuilder builder, TextWriter errors)
    {
        var knowledge = builder.AddKnowledge();
        if (!knowledge.Succeeded)
        {
            KnowledgeLoading.WriteErrors(knowledge, errors);
            errors.WriteLine("The bot did not start. Fix the knowledge files, then run 'kb lint' to check them.");
            return false;
        }
        try
        {
            builder.AddStorage();
            builder.AddHostChecks();
        }
        catch (InvalidOperationException e)
        {
            // A setting that cannot be read as its type (e.g. Storage:Provider=Paper) fails while binding.
            errors.WriteLine(NotStarted(e));
            return false;
        }
        builder.AddOutbox();
        builder.AddHelpdeskTickets();
        builder.AddHelpdesk();
        builder.AddLearning();
        builder.AddTroubleshootingConversation();
        builder.AddHostAgentChecks();
        return true;
    }

    /// <summary>
    /// Binds and validates every option registered to be validated on start, as the host would when it starts;
    /// throws <see cref="OptionsValidationException"/>, or an unreadable setting's <see cref="InvalidOperationException"/>.
    /// </summary>
    public static void ValidateSettings(IServiceProvider services) => services.GetService<IStartupValidator>()?.Validate();

    /// <summary>A value the configuration binder could not convert to its setting's type; its message names the setting.</summary>
    public static bool IsUnreadableSetting(Exception e) =>
        e is InvalidOperationException && e.Source == typeof(ConfigurationBinder).Assembly.GetName().Name;

    public static string NotStarted(Exception e) => $"The bot did not start: a setting is not valid. {e.Message}";
}
