using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Conversation.Case;

/// <summary>Starts a case from the first message: its codes, and its facts as evidence already given.</summary>
internal static class CaseOpener
{
    public static CaseFile Open(CaseServices services, TurnContext turn, Understanding understanding) => new CaseFile
    {
        CaseId = services.NewCaseId(),
        Started = turn.Time.GetUtcNow(),
        Codes = understanding.Codes,
        Evidence = CaseEvidence.Empty.WithFacts(understanding.Facts, services.Knowledge),
        Host = understanding.Host,
        Turns = 1,
        QuestionLimit = services.QuestionBudget,
    }.WithUserLine(turn);
}
