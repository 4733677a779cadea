using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// The embedded understander: rules and the patterns of the knowledge files, no service to call. It reads
/// error codes, user facts, fixes already tried, intents and the host the user names, tolerating typos in the words it knows. It reads
/// the first <see cref="ReadingLimits.MaxCharacters"/> characters of a message, within <see cref="ReadingLimits.Budget"/>.
/// </summary>
public sealed class RuleBasedUnderstander : IUnderstander
{
    private readonly ErrorCodeReader codes;
    private readonly FactReader facts;
    private readonly TriedFixReader triedFixes;
    private readonly TypoCorrector corrector = new();
    private readonly TimeProvider time;

    /// <param name="time">Measures each message's reading time against <see cref="ReadingLimits.Budget"/>, and dates the certificate listings users paste.</param>
    public RuleBasedUnderstander(KnowledgeBase knowledge, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        this.time = time ?? TimeProvider.System;
        var allFacts = knowledge.Facts.Values.ToList();
        codes = new ErrorCodeReader(knowledge);
        facts = new FactReader(allFacts);
        triedFixes = new TriedFixReader(knowledge.Fixes.Values);
        // The first reading builds the intent patterns and runs every code path once; that belongs to start-up,
        // not to the first user's time budget.
        Read("Hi, error 0x904 on rdp01.contoso.com", ReadingBudget.Unlimited);
    }

    public Understanding Understand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Understanding.Nothing;
        }
        return Read(text, new ReadingBudget(time, ReadingLimits.Budget));
    }

    private Understanding Read(string text, ReadingBudget budget)
    {
        var read = ReadingLimits.ReadablePart(text);
        var normalised = TextNormaliser.Normalise(read);
        var corrected = corrector.Correct(normalised);
        var codeMentions = codes.Read(read, normalised);
        var factIds = WithPastedCertificates(facts.Read(corrected, budget), read);
        var host = HostNameReader.Read(read, normalised);
        var intents = IntentReader.Read(corrected, codeMentions.Count > 0 || factIds.Count > 0, host, budget);
        var tried = triedFixes.Read(corrected, budget);
        return new Understanding(codeMentions, factIds, intents, host) { TriedFixes = tried, Unread = text.Length - read.Length };
    }

    /// <summary>
    /// What pasted certificates show: a listing whose every expiry date has passed says the certificate has expired;
    /// a listener thumbprint missing from the listed certificates says the certificate it is set to is gone.
    /// </summary>
    private IReadOnlyList<string> WithPastedCertificates(IReadOnlyList<string> factIds, string read)
    {
        List<string>? shown = null;
        if (!factIds.Contains(WellKnownFacts.CertificateExpired) && CertificateListingReader.ShowsOnlyExpired(read, time.GetUtcNow()))
        {
            (shown ??= [.. factIds]).Add(WellKnownFacts.CertificateExpired);
        }
        if (!factIds.Contains(WellKnownFacts.BoundCertificateMissing) && CertificateListingReader.ShowsTheBoundCertificateMissing(read))
        {
            (shown ??= [.. factIds]).Add(WellKnownFacts.BoundCertificateMissing);
        }
        return shown ?? factIds;
    }
}
