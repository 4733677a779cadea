using System.Text.Json;
using RdpHelpBot.Dialogs.Engine.State;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Tests.Replies;

public sealed class ReplyJsonTests
{
    [Fact]
    public void Serialize_CardWithEveryBlock_ReadsBackTheSame()
    {
        var reply = new Reply(
            "Try this **first**:",
            [new Choice("worked", "It worked", ["fixed"]), new Choice("failed", "Still broken")],
            new Card(
            [
                new Heading("Renew the RDP certificate"),
                new Paragraph("The self-signed certificate has expired."),
                new NumberedSteps(
                [
                    new NumberedStep("Open an elevated PowerShell."),
                    new NumberedStep("Delete the certificate.", new CommandBlock("Remove-Item Cert:\\LocalMachine\\Remote` Desktop\\*", "PowerShell")),
                ]),
                new CommandBlock("Restart-Service TermService -Force", "PowerShell"),
                new Facts([new FactLine("Risk", "low"), new FactLine("Takes", "5 minutes")]),
                new Actions([new Choice("next", "Next fix")]),
            ]));

        var json = JsonSerializer.Serialize(reply, DialogJsonContext.Default.Reply);
        var read = JsonSerializer.Deserialize(json, DialogJsonContext.Default.Reply);

        Assert.Equivalent(reply, read, strict: true);
    }

    [Fact]
    public void Serialize_CardBlock_NamesItsKind()
    {
        var reply = new Reply("x", Card: new Card([new CommandBlock("mstsc", "cmd")]));

        var json = JsonSerializer.Serialize(reply, DialogJsonContext.Default.Reply);

        Assert.Contains("\"type\":\"command\"", json, StringComparison.Ordinal);
    }
}
