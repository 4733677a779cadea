using System.Text.Json;
using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Dialogs.Tests.Conversation.Case;

public sealed class CaseFileJsonTests
{
    [Fact]
    public void RoundTrip_EvidenceWithResemblance_KeepsHowTheDescriptionReads()
    {
        var file = new CaseFile
        {
            CaseId = "case-1",
            Evidence = CaseEvidence.Empty with
            {
                Facts = ["worked-before"],
                Resemblance = new Dictionary<string, double> { ["vpn-unstable"] = 0.712, ["expired-self-signed-cert"] = 0.604 },
            },
        };

        var json = JsonSerializer.Serialize(file, CaseJsonContext.Default.CaseFile);
        var read = JsonSerializer.Deserialize(json, CaseJsonContext.Default.CaseFile)!;

        Assert.Equal(file.Evidence, read.Evidence);
        Assert.Equal(0.712, read.Evidence.Resemblance["vpn-unstable"]);
    }

    [Fact]
    public void Read_CaseStoredWithoutResemblance_HasNone()
    {
        var json = """{"caseId":"case-2","evidence":{"facts":["worked-before"],"askedQuestions":[],"failedFixes":[],"skippedFixes":[]}}""";

        var read = JsonSerializer.Deserialize(json, CaseJsonContext.Default.CaseFile)!;

        Assert.Equal(["worked-before"], read.Evidence.Facts);
        Assert.Empty(read.Evidence.Resemblance);
    }
}
