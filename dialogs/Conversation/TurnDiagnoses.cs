using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// Diagnoses evidence once per turn: a step that records an answer and the step it hands over to often ask
/// about the same evidence, and a diagnosis (with its fix order and next question) is immutable.
/// </summary>
internal static class TurnDiagnoses
{
    private const string Key = "RdpHelpBot.Conversation.Diagnoses";

    public static CaseDiagnosis Of(TurnContext turn, DiagnosisEngine engine, CaseEvidence evidence)
    {
        if (!turn.Items.TryGetValue(Key, out var known) || known is not Dictionary<CaseEvidence, CaseDiagnosis> diagnoses)
        {
            diagnoses = [];
            turn.Items[Key] = diagnoses;
        }
        if (!diagnoses.TryGetValue(evidence, out var diagnosis))
        {
            diagnosis = engine.Diagnose(evidence);
            diagnoses[evidence] = diagnosis;
        }
        return diagnosis;
    }
}
