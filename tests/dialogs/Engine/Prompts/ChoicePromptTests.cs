using RdpHelpBot.Dialogs.Engine.Prompts;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Tests.Samples;
using RdpHelpBot.Dialogs.Tests.Testing;

namespace RdpHelpBot.Dialogs.Tests.Engine.Prompts;

public sealed class ChoicePromptTests
{
    private const string Question = "Where does it run?";

    private static readonly IReadOnlyList<Choice> Hosts =
    [
        new("azure-vm", "Azure VM", ["cloud machine"]),
        new("windows-server", "Windows Server", ["server"]),
        new("windows-pc", "Windows PC", ["laptop", "desktop"]),
    ];

    [Theory]
    [InlineData("Azure VM", "azure-vm")]
    [InlineData("azure vm.", "azure-vm")]
    [InlineData("windows-pc", "windows-pc")]
    [InlineData("2", "windows-server")]
    [InlineData("#3", "windows-pc")]
    [InlineData("second", "windows-server")]
    [InlineData("the first one", "azure-vm")]
    [InlineData("3rd", "windows-pc")]
    [InlineData("option 1", "azure-vm")]
    [InlineData("last", "windows-pc")]
    [InlineData("laptop", "windows-pc")]
    [InlineData("a cloud machine", "azure-vm")]
    [InlineData("It's a Windows Server in our office", "windows-server")]
    [InlineData("azure", "azure-vm")]
    [InlineData("pc", "windows-pc")]
    [InlineData("vm", "azure-vm")]
    [InlineData("Windwos Server", "windows-server")]
    [InlineData("Azrue VM", "azure-vm")]
    [InlineData("labtop", "windows-pc")]
    public async Task Recognize_TypedAnswer_EndsWithTheMeantChoice(string said, string expected)
    {
        await CreateSut()
            .Send("start")
            .AssertReply(Question, "Azure VM", "Windows Server", "Windows PC")
            .Send(said)
            .AssertReply($"answer: {expected}")
            .StartTestAsync();
    }

    [Fact]
    public async Task Recognize_ButtonClicked_EndsWithItsValue()
    {
        await CreateSut()
            .Send("start")
            .AssertReply(Question)
            .Click("windows-server")
            .AssertReply("answer: windows-server")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("7")]
    [InlineData("pcx")]
    public async Task Recognize_NoChoiceFits_HintsWithTheChoices(string said)
    {
        await CreateSut()
            .Send("start")
            .AssertReply(Question)
            .Send(said)
            .AssertReply("Please pick one of: Azure VM, Windows Server, Windows PC.", "Azure VM", "Windows Server", "Windows PC")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("windows")]
    [InlineData("windows server or windows pc")]
    public async Task Recognize_SeveralChoicesFitEqually_AsksWhichOneWasMeant(string said)
    {
        await CreateSut()
            .Send("start")
            .AssertReply(Question)
            .Send(said)
            .AssertReply("Did you mean Windows Server or Windows PC?", "Windows Server", "Windows PC")
            .StartTestAsync();
    }

    [Fact]
    public void Recognize_MisspellingCloseToTwoChoices_IsAmbiguous()
    {
        IReadOnlyList<Choice> choices = [new("cat", "Cats"), new("car", "Cars")];

        var recognition = ChoiceRecognizer.Recognize(null, "cabs", choices);

        Assert.Equal(PromptRecognitionKind.Ambiguous, recognition.Kind);
    }

    private static DialogTestFlow CreateSut() =>
        new(() => PromptProbe.CreateSet(new ChoicePrompt("host"), PromptOptions.Ask(Question, Hosts)), PromptProbe.RootId);
}
