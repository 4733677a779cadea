using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Engine.Prompts;

/// <summary>Defaults and wording shared by the prompts.</summary>
public static class PromptDefaults
{
    public const int MaxAttempts = 3;

    public const string TextRetry = "Please type your answer.";

    public const string ConfirmRetry = "Please answer yes or no.";

    public const string ChoiceRetryPrefix = "Please pick one of: ";

    public const string AmbiguousPrefix = "Did you mean ";

    public static readonly Choice Yes = new("yes", "Yes");

    public static readonly Choice No = new("no", "No");
}
