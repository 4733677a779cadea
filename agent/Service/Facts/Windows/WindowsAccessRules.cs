using System.Runtime.Versioning;
using System.Security.AccessControl;
using System.Security.Principal;
using AccessRule = RdpHelpBot.Agent.Contract.Reports.AccessRule;

namespace RdpHelpBot.Agent.Facts.Windows;

[SupportedOSPlatform("windows")]
internal sealed class WindowsAccessRules : IAccessRules
{
    public IReadOnlyList<AccessRule> Read(string path)
    {
        FileSystemSecurity security = Directory.Exists(path)
            ? new DirectoryInfo(path).GetAccessControl()
            : new FileInfo(path).GetAccessControl();
        return
        [
            .. security.GetAccessRules(includeExplicit: true, includeInherited: true, typeof(SecurityIdentifier))
                .Cast<FileSystemAccessRule>()
                .Select(rule => new AccessRule(
                    rule.IdentityReference.Value, rule.AccessControlType == AccessControlType.Allow,
                    (int)rule.FileSystemRights, rule.IsInherited)),
        ];
    }
}
