using RdpHelpBot.Bot.Channels.BotFramework;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework;

public sealed class BotFrameworkOptionsValidatorTests
{
    private const string AppId = "9f0a9a1e-3f3c-4d3e-9c39-5ad1c2f7b0a1";

    private static IEnumerable<string> Failures(BotFrameworkOptions options) =>
        new BotFrameworkOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void Validate_LocalMode_IsValid()
    {
        Assert.Empty(Failures(new BotFrameworkOptions()));
    }

    [Fact]
    public void Validate_SingleTenantWithoutTenant_NamesTheMissingSetting()
    {
        var failures = Failures(new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppType = MicrosoftAppType.SingleTenant, MicrosoftAppPassword = "s" });

        Assert.Equal(["BotFramework:MicrosoftAppTenantId is required for a SingleTenant app."], failures);
    }

    [Fact]
    public void Validate_ManagedIdentityWithPassword_IsRefused()
    {
        var failures = Failures(new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppType = MicrosoftAppType.UserAssignedMSI, MicrosoftAppTenantId = "t", MicrosoftAppPassword = "s" });

        Assert.Contains(failures, failure => failure.StartsWith("BotFramework:MicrosoftAppPassword must be empty for UserAssignedMSI", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AppIdNotAGuid_IsRefused()
    {
        var failures = Failures(new BotFrameworkOptions { MicrosoftAppId = "my-bot", MicrosoftAppPassword = "s" });

        Assert.Equal(["BotFramework:MicrosoftAppId 'my-bot' is not a GUID (the Azure Bot's app id)."], failures);
    }

    [Fact]
    public void Validate_MultiTenantWithPassword_IsValid()
    {
        Assert.Empty(Failures(new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "s" }));
    }
}
