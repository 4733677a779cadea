using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Knowledge.Diagnosis;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Dialogs.Conversation.Case;

/// <summary>
/// Starts a case from the first message: its codes, its facts as evidence already given, and the fixes it says were
/// tried in vain, recorded as a "didn't help" to them would be, so none is suggested again.
/// </summary>
internal static class CaseOpener
{
    public static CaseFile Open(CaseServices services, TurnContext turn, Understanding understanding) => new CaseFile
    {
        CaseId = services.NewCaseId(),
        Started = turn.Time.GetUtcNow(),
        Codes = understanding.Codes,
        Evidence = CaseEvidence.Empty
            .WithFacts(understanding.Facts.Where(services.Knowledge.Facts.ContainsKey), services.Knowledge)
            .WithResemblance(understanding.Resemblance),
        Host = understanding.Host,
        Turns = 1,
        QuestionLimit = services.QuestionBudget,
    }.WithFixesTriedBefore(understanding, services.Knowledge).WithUserLine(turn);
}
