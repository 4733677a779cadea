namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// The embedded understander: rules and the patterns of the knowledge files, no service to call. It reads
/// error codes, user facts, intents and the host the user names, tolerating typos in the words it knows.
/// </summary>
public sealed class RuleBasedUnderstander : IUnderstander
{
    private readonly ErrorCodeReader codes;
    private readonly FactReader facts;
    private readonly TypoCorrector corrector = new();

    public RuleBasedUnderstander(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var allFacts = knowledge.Facts.Values.ToList();
        codes = new ErrorCodeReader(knowledge);
        facts = new FactReader(allFacts);
    }

    public Understanding Understand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Understanding.Nothing;
        }
        var normalised = TextNormaliser.Normalise(text);
        var corrected = corrector.Correct(normalised);
        var codeMentions = codes.Read(text, normalised);
        var factIds = facts.Read(corrected);
        var host = HostNameReader.Read(text, normalised);
        var intents = IntentReader.Read(corrected, codeMentions.Count > 0 || factIds.Count > 0, host);
        return new Understanding(codeMentions, factIds, intents, host);
    }
}
