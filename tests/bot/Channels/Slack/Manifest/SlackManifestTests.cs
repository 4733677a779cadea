namespace RdpHelpBot.Bot.Tests.Channels.Slack.Manifest;

/// <summary>manifest/slack/manifest.yaml against Slack's official manifest schema, and against what the channel needs.</summary>
public sealed class SlackManifestTests
{
    [Fact]
    public async Task Manifest_ValidatesAgainstSlacksSchema()
    {
        var (exitCode, output) = await AjvValidator.ValidateAsync(ManifestFiles.ReadManifest().ToJsonString());

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task Validator_SlacksOwnInvalidSample_IsRejected()
    {
        var invalid = await File.ReadAllTextAsync(Path.Combine(ManifestFiles.SchemaFolder, "tests", "manifests", "v1", "manifest.invalid.json"), TestContext.Current.CancellationToken);

        var (exitCode, _) = await AjvValidator.ValidateAsync(invalid);

        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task Validator_ManifestWithoutItsName_IsRejected()
    {
        var manifest = ManifestFiles.ReadManifest();
        manifest["display_information"]!.AsObject().Remove("name");

        var (exitCode, output) = await AjvValidator.ValidateAsync(manifest.ToJsonString());

        Assert.Equal(1, exitCode);
        Assert.Contains("name", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_SubscribesToMentionsDirectMessagesAndHelpdeskChannelMessages()
    {
        var events = ManifestFiles.ReadManifest()["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(e => (string?)e);

        Assert.Equal(["app_mention", "message.channels", "message.groups", "message.im"], events);
    }

    [Theory]
    [InlineData("channels:history")]
    [InlineData("groups:history")]
    [InlineData("users:read")]
    public void Manifest_AsksForWhatTheHelpdeskChannelNeeds(string scope)
    {
        var scopes = ManifestFiles.ReadManifest()["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => (string)s!);

        Assert.Contains(scope, scopes);
    }

    [Fact]
    public void Manifest_AsksForTheScopesTheChannelUses()
    {
        var scopes = ManifestFiles.ReadManifest()["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => (string)s!);

        Assert.Equal(RdpHelpBot.Bot.Channels.Slack.SlackOptions.DefaultScopes.Split(','), scopes);
    }

    [Fact]
    public void Manifest_HasTheSlashCommandInteractivitySocketModeAndTheMessagesTab()
    {
        var manifest = ManifestFiles.ReadManifest();

        Assert.Equal("/rdphelp", (string?)manifest["features"]!["slash_commands"]![0]!["command"]);
        Assert.True((bool)manifest["settings"]!["interactivity"]!["is_enabled"]!);
        Assert.True((bool)manifest["settings"]!["socket_mode_enabled"]!);
        Assert.True((bool)manifest["features"]!["app_home"]!["messages_tab_enabled"]!);
        Assert.False(string.IsNullOrEmpty((string?)manifest["features"]!["bot_user"]!["display_name"]));
    }
}
