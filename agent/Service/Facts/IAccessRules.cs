using RdpHelpBot.Agent.Contract.Reports;

namespace RdpHelpBot.Agent.Facts;

/// <summary>Reads the access control list of a file or folder.</summary>
internal interface IAccessRules
{
    /// <summary>The rules in order; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when they cannot be read.</summary>
    IReadOnlyList<AccessRule> Read(string path);
}
