namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>Dialog ids are stored with conversations; renaming one restarts the conversations that use it.</summary>
internal static class DialogIds
{
    public const string Root = "rdp-help";
    public const string FirstContact = "rdp-help.first-contact";
    public const string Troubleshooting = "troubleshooting";
    public const string Case = "troubleshooting.case";
    public const string ConfirmEscalation = "troubleshooting.confirm-escalation";
    public const string Symptoms = "symptoms";
    public const string AskSymptom = "symptoms.ask";
    public const string SymptomAnswer = "symptoms.answer";
    public const string Fixes = "fixes";
    public const string SuggestFix = "fixes.suggest";
    public const string FixFeedback = "fixes.feedback";
    public const string OfferCheck = "checks.offer";
    public const string OfferPerson = "fixes.offer-person";
}
