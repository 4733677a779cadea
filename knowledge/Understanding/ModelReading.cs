namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>
/// What a language model read in a message, in the knowledge base's own terms, before anything of it is trusted:
/// an intent's name, error codes, fact ids and host names as the model wrote them.
/// </summary>
public sealed record ModelReading(string? Intent, IReadOnlyList<string> Codes, IReadOnlyList<string> Facts, IReadOnlyList<string> Hosts)
{
    public static readonly ModelReading Empty = new(null, [], [], []);
}

/// <summary>The rules' reading with what the model adds to it, and how many of the model's ids were not the knowledge base's.</summary>
public sealed record GroundedReading(Understanding Understanding, int Dropped);
