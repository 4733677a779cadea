using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Channels.Slack;

namespace RdpHelpBot.Bot.Tests.Channels.Slack;

public sealed class SlackOptionsTests
{
    [Fact]
    public void Describe_NoCredentials_SaysSlackIsOffAndHowToTurnItOn()
    {
        var description = Read().Describe();

        Assert.StartsWith("off", description, StringComparison.Ordinal);
        Assert.Contains("SLACK_SIGNING_SECRET", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_EverythingOn_NamesEachModeAndNoCredential()
    {
        var description = Read(
            ("SLACK_SIGNING_SECRET", "secret-1"), ("SLACK_BOT_TOKEN", "xoxb-2"), ("SLACK_APP_TOKEN", "xapp-3"),
            ("SLACK_CLIENT_ID", "id-4"), ("SLACK_CLIENT_SECRET", "secret-5")).Describe();

        Assert.Contains("HTTP", description, StringComparison.Ordinal);
        Assert.Contains("Socket Mode", description, StringComparison.Ordinal);
        Assert.Contains("OAuth", description, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-1", description, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-2", description, StringComparison.Ordinal);
        Assert.DoesNotContain("xapp-3", description, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-5", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_SocketModeWithoutAnyBotToken_WarnsTheBotCannotAnswer()
    {
        var description = Read(("SLACK_APP_TOKEN", "xapp-3")).Describe();

        Assert.Contains("cannot answer", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SectionSettings_AreUsed()
    {
        var options = Read(("Slack:ApiBaseUrl", "http://127.0.0.1:9/api/"), ("Slack:MessageInterval", "00:00:02"));

        Assert.Equal((new Uri("http://127.0.0.1:9/api/"), TimeSpan.FromSeconds(2)), (options.ApiBaseUrl, options.MessageInterval));
    }

    [Fact]
    public void Read_SectionCredentialAndBoltName_BoltNameWins()
    {
        var options = Read(("Slack:SigningSecret", "from-section"), ("SLACK_SIGNING_SECRET", "from-bolt-name"), ("Slack:AppToken", "xapp-section"));

        Assert.Equal(("from-bolt-name", "xapp-section"), (options.SigningSecret, options.AppToken));
    }

    private static SlackOptions Read(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddSlackOptions();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<SlackOptions>>().Value;
    }
}
