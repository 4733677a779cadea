namespace RdpHelpBot.Bot.Cli.Eval.Conversations;

/// <summary>
/// The truth of one case, for a simulated user to play out: what is really wrong, what the user knows, what they
/// may do, what they say first and later, and which fixes would solve it.
/// </summary>
internal sealed class Story
{
    public string Id { get; set; } = "";
    public string Cause { get; set; } = "";
    public string Context { get; set; } = "unknown";
    public string User { get; set; } = "";

    /// <summary>What the user is able and allowed to do: <c>host-admin</c>, <c>client-admin</c>, <c>azure-portal</c>.</summary>
    public Dictionary<string, bool> Can { get; set; } = [];

    /// <summary>Every fact id true of the case that the user would know; questions are answered from these.</summary>
    public List<string> Facts { get; set; } = [];

    public string Opening { get; set; } = "";

    /// <summary>Lines the user adds later, unprompted.</summary>
    public List<string> Volunteers { get; set; } = [];

    /// <summary>The fixes that would solve the case; any other fix "didn't help".</summary>
    public List<string> Works { get; set; } = [];

    public bool May(string right) => Can.TryGetValue(right, out var allowed) && allowed;
}
