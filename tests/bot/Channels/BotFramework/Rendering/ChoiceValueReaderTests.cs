using System.Text.Json;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Rendering;

public sealed class ChoiceValueReaderTests
{
    private static string? Read(string valueJson, string type = ActivityTypes.Message)
    {
        using var document = JsonDocument.Parse(valueJson);
        return ChoiceValueReader.Read(new Activity { Type = type, Value = document.RootElement.Clone() });
    }

    [Fact]
    public void Read_ValueAsJsonString_ReadsTheChoiceInside()
    {
        Assert.Equal("yes", Read("\"{\\\"value\\\":\\\"yes\\\"}\""));
    }

    [Fact]
    public void Read_PlainStringValue_IsTheChoice()
    {
        Assert.Equal("yes", Read("\"yes\""));
    }

    [Fact]
    public void Read_NoValue_IsNull()
    {
        Assert.Null(ChoiceValueReader.Read(new Activity { Text = "hello" }));
    }

    [Fact]
    public void Read_ObjectWithoutChoice_IsNull()
    {
        Assert.Null(Read("""{"comment":"typed in a card input"}"""));
    }

    [Fact]
    public void Read_InvokeWithoutAction_IsNull()
    {
        Assert.Null(Read("""{"trigger":"manual"}""", ActivityTypes.Invoke));
    }
}
