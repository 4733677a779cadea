namespace RdpHelpBot.Agent.Contract.Reports;

/// <summary>A file's or folder's access rules and what they mean for Remote Desktop.</summary>
/// <param name="NetworkServiceCanRead">Whether NETWORK SERVICE (S-1-5-20), directly or through a group it belongs to, may read it and no deny rule stops it.</param>
/// <param name="AdministratorsHaveFullControl">Whether BUILTIN\Administrators (S-1-5-32-544) has full control.</param>
/// <param name="Problem">Why the rules could not be read (then the two answers are false and <see cref="Rules"/> is empty).</param>
public sealed record AccessReport(
    string Path, IReadOnlyList<AccessRule> Rules, bool NetworkServiceCanRead, bool AdministratorsHaveFullControl, string? Problem = null);

/// <summary>One access control entry.</summary>
/// <param name="Sid">The account's security identifier, e.g. <c>S-1-5-20</c>.</param>
/// <param name="Rights">The Windows file system rights mask (<c>FileSystemRights</c>).</param>
public sealed record AccessRule(string Sid, bool Allow, int Rights, bool Inherited = false);
