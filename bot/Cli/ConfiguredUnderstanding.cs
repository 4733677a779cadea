using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Bot.LanguageModel;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// The understander the bot's settings ask for (appsettings.json, environment variables, <c>--Section:Key=value</c>
/// arguments), for a command that reads what users write as the bot would.
/// </summary>
internal sealed class ConfiguredUnderstanding : IDisposable
{
    private readonly WebApplication app;

    private ConfiguredUnderstanding(WebApplication app, IUnderstander understander)
    {
        this.app = app;
        Understander = understander;
    }

    public IUnderstander Understander { get; }

    /// <summary>The understander over <paramref name="knowledge"/>; null, with the setting named, when a setting is not valid.</summary>
    /// <param name="defaults">Settings that hold unless configured otherwise.</param>
    /// <param name="time">The clock the understander reads by; the system's when null.</param>
    public static ConfiguredUnderstanding? Create(
        KnowledgeBase knowledge, IReadOnlyList<string> settings, IReadOnlyDictionary<string, string?> defaults, TextWriter error,
        TimeProvider? time = null)
    {
        var builder = CommandHost.CreateBuilder(settings);
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = defaults });
        builder.Services.AddSingleton(knowledge);
        builder.Services.AddSingleton(time ?? TimeProvider.System);
        builder.AddUnderstanding();
        var app = builder.Build();
        try
        {
            BotServices.ValidateSettings(app.Services);
            return new ConfiguredUnderstanding(app, app.Services.GetRequiredService<IUnderstander>());
        }
        catch (Exception e) when (e is OptionsValidationException || BotServices.IsUnreadableSetting(e))
        {
            error.WriteLine($"A setting is not valid. {e.Message}");
        }
        catch (ArgumentException e)
        {
            // A broken pattern in a knowledge folder is input to report, not a crash; the message names the fact.
            error.WriteLine(e.Message);
        }
        ((IDisposable)app).Dispose();
        return null;
    }

    public void Dispose() => ((IDisposable)app).Dispose();
}
