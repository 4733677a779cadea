using System.Text.Json;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Rendering;

public sealed class ChoiceButtonsTests
{
    private static readonly Choice AzureVm = new("azure-vm", "Azure VM");

    private static JsonElement Button(ActivityRenderingOptions options)
    {
        var body = CardJson.Body(new Reply("Where is the host?", [AzureVm], new Card([])), options);
        var actionSet = body.EnumerateArray().Last();
        Assert.Equal("ActionSet", actionSet.String("type"));
        return Assert.Single(actionSet.GetProperty("actions").EnumerateArray());
    }

    [Fact]
    public void Submit_CarriesTheChoiceValueAndTheLabel()
    {
        var button = Button(ActivityRenderingOptions.Default);

        Assert.Equal(("Action.Submit", "Azure VM", "azure-vm"), (button.String("type"), button.String("title"), button.GetProperty("data").String("value")));
    }

    [Fact]
    public void Submit_TeamsMessageBack_ShowsTheLabelAndCarriesTheValue()
    {
        var messageBack = Button(ActivityRenderingOptions.Default).GetProperty("data").GetProperty("msteams");

        Assert.Equal(("messageBack", "Azure VM", "Azure VM", "azure-vm"),
            (messageBack.String("type"), messageBack.String("displayText"), messageBack.String("text"), messageBack.GetProperty("value").String("value")));
    }

    [Fact]
    public void Execute_OnTeams_HasVerbDataAndSubmitFallback()
    {
        var button = Button(ActivityRenderingOptions.Teams);

        Assert.Equal(("Action.Execute", "choice", "azure-vm", "Action.Submit"),
            (button.String("type"), button.String("verb"), button.GetProperty("data").String("value"), button.GetProperty("fallback").String("type")));
    }

    [Fact]
    public void Submit_WhatTeamsSendsBack_ReadsAsTheChoice()
    {
        var messageBackValue = Button(ActivityRenderingOptions.Default).GetProperty("data").GetProperty("msteams").GetProperty("value");

        Assert.Equal("azure-vm", ChoiceValueReader.Read(new Activity { Value = messageBackValue }));
    }

    [Fact]
    public void Submit_WhatWebChatSendsBack_ReadsAsTheChoice()
    {
        var data = Button(ActivityRenderingOptions.Default).GetProperty("data");

        Assert.Equal("azure-vm", ChoiceValueReader.Read(new Activity { Value = data }));
    }

    [Fact]
    public void Execute_WhatTeamsInvokesWith_ReadsAsTheChoice()
    {
        var button = Button(ActivityRenderingOptions.Teams);
        var invokeValue = JsonSerializer.SerializeToElement(new AdaptiveCardInvokeValue(
            new AdaptiveCardInvokeAction("Action.Execute", null, button.String("verb"), button.GetProperty("data"))) { Trigger = "manual" },
            BotFrameworkJsonContext.Default.AdaptiveCardInvokeValue);

        Assert.Equal("azure-vm", ChoiceValueReader.Read(new Activity { Type = ActivityTypes.Invoke, Name = ChoiceValueReader.AdaptiveCardActionInvoke, Value = invokeValue }));
    }
}
