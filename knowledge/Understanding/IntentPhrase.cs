namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>A way of saying an intent, and when it counts.</summary>
internal sealed record IntentPhrase(IntentKind Kind, TextPattern Pattern, PhraseRule Rule = PhraseRule.Always);

internal enum PhraseRule
{
    Always,

    /// <summary>
    /// Generic complaints ("it doesn't work", "not working") mean "the fix did not help" only in a message that
    /// reports nothing else; next to an error code or a fact they are part of describing the problem.
    /// </summary>
    UnlessProblemReport,

    /// <summary>"check …", "watch …" need a host in the message to be a request.</summary>
    NeedsHost,
}
