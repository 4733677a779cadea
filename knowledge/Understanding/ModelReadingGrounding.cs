using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// Keeps of a model's reading only what the knowledge base knows, and adds it to the rules' reading of the same
/// message. A fact must be one the user can state; a code must read as a code to the rules' code reader ("0x904", "extended 0x7"); a host must
/// read as a host to the rules' host reader and be in the message; an intent must be one of <see cref="IntentKind"/>.
/// Where the rules are certain they win: the codes and host they read stay, and a fact whose opposite they read
/// (a negation, a contrast) is not added.
/// </summary>
public sealed class ModelReadingGrounding(KnowledgeBase knowledge)
{
    private readonly ErrorCodeReader codes = new(knowledge ?? throw new ArgumentNullException(nameof(knowledge)));

    /// <summary>The facts a model may name: those a user can state (a check's findings come from checks alone).</summary>
    public IReadOnlyList<Fact> UserFacts { get; } =
        [.. knowledge.Facts.Values.Where(f => f.Origin == FactOrigin.User).OrderBy(f => f.Id, StringComparer.Ordinal)];

    public GroundedReading Ground(ModelReading reading, string text, Understanding rules)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rules);
        var dropped = 0;
        var facts = rules.Facts.ToList();
        foreach (var id in reading.Facts.Distinct(StringComparer.Ordinal))
        {
            if (!knowledge.Facts.TryGetValue(id, out var fact) || fact.Origin != FactOrigin.User)
                dropped++;
            else if (!facts.Contains(id) && (fact.Opposite is null || !facts.Contains(fact.Opposite)))
                facts.Add(id);
        }
        var mentions = rules.Codes.ToList();
        foreach (var code in reading.Codes)
        {
            var read = codes.Read(code, TextNormaliser.Normalise(code));
            if (read.Count == 0)
                dropped++;
            mentions.AddRange(read.Where(r => !mentions.Any(m => m.Kind == r.Kind && m.Number == r.Number)));
        }
        var hosts = reading.Hosts.Select(h => ReadHost(h, text)).ToList();
        dropped += hosts.Count(h => h is null);
        var host = rules.Host ?? hosts.FirstOrDefault(h => h is not null);
        var intents = rules.Intents;
        if (reading.Intent is { } name)
        {
            if (!Enum.TryParse<IntentKind>(name, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
                dropped++;
            else if (intents.Count == 0 && (host is not null || kind is not (IntentKind.CheckHost or IntentKind.WatchHost)))
                intents = [new Intent(kind, kind is IntentKind.CheckHost or IntentKind.WatchHost ? host : null)];
        }
        var understanding = rules with { Codes = mentions, Facts = facts, Intents = intents, Host = host };
        return new GroundedReading(understanding, dropped);
    }

    /// <summary>
    /// The host when it is in the message and the rules' reader takes it for one where a host is expected ("host RDP01"):
    /// an address, a DNS name or a single label with a digit, not a file, a code or a version.
    /// </summary>
    private static string? ReadHost(string host, string text)
    {
        if (host.Length == 0 || !text.Contains(host, StringComparison.OrdinalIgnoreCase))
            return null;
        var named = $"host {host}";
        return HostNameReader.Read(named, TextNormaliser.Normalise(named)) == host ? host : null;
    }
}
