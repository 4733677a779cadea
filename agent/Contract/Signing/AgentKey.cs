namespace RdpHelpBot.Agent.Contract.Signing;

/// <summary>A shared key and the id both sides know it by. The secret never appears in <see cref="ToString"/>.</summary>
public sealed class AgentKey
{
    /// <summary>Keys shorter than the HMAC-SHA256 output are too easy to guess.</summary>
    public const int MinimumSecretBytes = 32;

    private readonly byte[] secret;

    private AgentKey(string id, byte[] secret)
    {
        Id = id;
        this.secret = secret;
    }

    public string Id { get; }

    internal ReadOnlySpan<byte> Secret => secret;

    /// <summary>Reads a key given in Base64; null with a reason (never quoting the secret) when it is unusable.</summary>
    public static AgentKey? TryCreate(string? id, string? base64Secret, out string? problem)
    {
        byte[]? secret = null;
        problem = ProblemWithId(id) ?? ProblemWithSecret(base64Secret, out secret);
        return problem is null ? new AgentKey(id!.Trim(), secret!) : null;
    }

    public override string ToString() => $"key '{Id}'";

    private static string? ProblemWithId(string? id) =>
        string.IsNullOrWhiteSpace(id) ? "the key id is empty"
        : id.Trim().Any(c => c is < '!' or > '~') ? "the key id must be printable ASCII without spaces"
        : null;

    private static string? ProblemWithSecret(string? base64, out byte[]? secret)
    {
        secret = null;
        if (string.IsNullOrWhiteSpace(base64))
            return "the key is empty";
        try
        {
            secret = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            return "the key is not valid Base64";
        }
        return secret.Length < MinimumSecretBytes
            ? $"the key is {secret.Length} bytes; use at least {MinimumSecretBytes} random bytes"
            : null;
    }
}
