using RdpHelpBot.Knowledge.Loading;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

/// <summary>The shipped facts and sources with a known set of codes, so code tests do not depend on codes.yaml.</summary>
internal static class UnderstandingFixture
{
    private const string Codes = """
        codes:
          - { id: main-0x904, kind: main, value: 0x904, name: disconnectReasonAtClientWinsockFDCLOSE, meaning: Socket closed, sources: [{ ref: ms-ondisconnected }] }
          - { id: main-0x204, kind: main, value: 0x204, name: disconnectReasonConnectionFailed, meaning: Connection failed, sources: [{ ref: ms-ondisconnected }] }
          - { id: main-0x104, kind: main, value: 0x104, name: disconnectReasonDNSLookupFailed, meaning: DNS lookup failed, sources: [{ ref: ms-ondisconnected }] }
          - { id: main-0x1B07, kind: main, value: 0x1B07, name: disconnectReasonTimeout, meaning: Time-out, sources: [{ ref: ms-ondisconnected }] }
          - { id: ext-0x3, kind: extended, value: 0x3, name: exDiscReasonServerIdleTimeout, meaning: Idle time-out, sources: [{ ref: ms-extended-reason }] }
          - { id: ext-0x4, kind: extended, value: 0x4, name: exDiscReasonServerLogonTimeout, meaning: Logon time-out, sources: [{ ref: ms-extended-reason }] }
          - { id: ext-0x5, kind: extended, value: 0x5, name: exDiscReasonReplacedByOtherConnection, meaning: Replaced by another connection, sources: [{ ref: ms-extended-reason }] }
          - { id: ext-0x7, kind: extended, value: 0x7, name: exDiscReasonServerDeniedConnection, meaning: The server denied the connection, sources: [{ ref: ms-extended-reason }] }
        """;

    private static readonly string[] ShippedFiles = ["knowledge/data/facts.yaml", "knowledge/data/sources.yaml"];

    private static readonly Lazy<RuleBasedUnderstander> Shared = new(() => new RuleBasedUnderstander(LoadKnowledge()));

    public static RuleBasedUnderstander Understander => Shared.Value;

    public static KnowledgeBase LoadKnowledge(params KnowledgeFile[] extra)
    {
        var files = KnowledgeFiles.BuiltIn().Where(f => ShippedFiles.Contains(f.Name))
            .Append(new KnowledgeFile("fixture-codes.yaml", Codes))
            .Concat(extra)
            .ToList();
        var result = KnowledgeBase.Load(files);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Knowledge!;
    }
}
