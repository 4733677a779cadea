using RdpHelpBot.Agent.Contract.Signing;

namespace RdpHelpBot.Agent.Tests.Contract.Signing;

/// <summary>Fixed keys for tests: the host's key, and another with the same id but different secret.</summary>
internal static class TestKeys
{
    public const string HostKeyId = "rdp01";
    public static readonly string HostSecret = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    public static readonly string OtherSecret = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray());

    public static AgentKey Host => Create(HostKeyId, HostSecret);

    public static AgentKey SameIdOtherSecret => Create(HostKeyId, OtherSecret);

    public static AgentKey OtherId => Create("rdp02", HostSecret);

    public static AgentKey Create(string id, string secret) =>
        AgentKey.TryCreate(id, secret, out var problem) ?? throw new InvalidOperationException(problem);
}
