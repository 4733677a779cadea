using System.Text.Json;
using RdpHelpBot.Bot.Channels.BotFramework.Rendering;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Rendering;

public sealed class MessageSplitterTests
{
    private static readonly Choice[] YesNo = [new("yes", "Yes"), new("no", "No")];

    private static int Utf16Size(Activity activity) => JsonSerializer.Serialize(activity, BotFrameworkJsonContext.Default.Activity).Length * 2;

    private static Reply LongCard() => new("Long", YesNo, new Card(Enumerable.Range(1, 120)
        .Select(i => (CardBlock)new Paragraph($"Paragraph {i}: " + new string('x', 300))).ToList()));

    [Fact]
    public void Render_SmallReply_IsOneActivity()
    {
        Assert.Single(MessageSplitter.Render(new Reply("Hi", YesNo), ActivityRenderingOptions.Teams));
    }

    [Fact]
    public void Render_LongCard_EveryPartIsUnder28KB()
    {
        var parts = MessageSplitter.Render(LongCard(), ActivityRenderingOptions.Teams);

        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.True(Utf16Size(part) < MessageSplitter.MaxMessageBytes - 1024, $"{Utf16Size(part)} bytes"));
    }

    [Fact]
    public void Render_LongCard_ButtonsComeOnlyOnTheLastPart()
    {
        var parts = MessageSplitter.Render(LongCard(), ActivityRenderingOptions.Teams);

        var withButtons = parts.Select(part => part.Attachments![0].Content!.Value.GetRawText().Contains("ActionSet", StringComparison.Ordinal)).ToList();
        Assert.Equal([.. Enumerable.Repeat(false, parts.Count - 1), true], withButtons);
    }

    [Fact]
    public void Render_LongText_KeepsEveryLineInOrder()
    {
        var lines = Enumerable.Range(1, 400).Select(i => $"Line {i} " + new string('y', 60)).ToList();

        var parts = MessageSplitter.Render(new Reply(string.Join('\n', lines), YesNo), ActivityRenderingOptions.Default);

        Assert.Equal(lines, parts.SelectMany(part => part.Text!.Split('\n')));
        Assert.All(parts, part => Assert.True(Utf16Size(part) < MessageSplitter.MaxMessageBytes - 1024));
    }
}
