namespace RdpHelpBot.Knowledge.Model;

/// <summary>What kind of machine the user connects to; causes have a prior for each.</summary>
/// <remarks>
/// Azure Bastion and Remote Desktop Gateway are ways to reach a host, not kinds of host: they are facts with
/// likelihood ratios (via-azure-bastion, via-rd-gateway), so a Bastion connection to an Azure VM keeps the Azure
/// VM priors. New members go at the end: recorded case outcomes store the name.
/// </remarks>
public enum HostContext
{
    Unknown,
    AzureVm,
    WindowsServer,
    WindowsPc,
    Avd,
    Windows365,
}

public static class HostContexts
{
    public static readonly IReadOnlyList<HostContext> All =
    [
        HostContext.AzureVm, HostContext.WindowsServer, HostContext.WindowsPc, HostContext.Avd,
        HostContext.Windows365, HostContext.Unknown,
    ];

    /// <summary>The spelling used in the knowledge files.</summary>
    public static string Key(this HostContext context) => context switch
    {
        HostContext.AzureVm => "azure-vm",
        HostContext.WindowsServer => "windows-server",
        HostContext.WindowsPc => "windows-pc",
        HostContext.Avd => "avd",
        HostContext.Windows365 => "windows-365",
        _ => "unknown",
    };

    public static bool TryParse(string key, out HostContext context)
    {
        foreach (var candidate in All)
        {
            if (candidate.Key() == key)
            {
                context = candidate;
                return true;
            }
        }
        context = HostContext.Unknown;
        return false;
    }

    public static string Describe(this HostContext context) => context switch
    {
        HostContext.AzureVm => "an Azure VM",
        HostContext.WindowsServer => "a Windows Server",
        HostContext.WindowsPc => "a Windows PC",
        HostContext.Avd => "an Azure Virtual Desktop session host",
        HostContext.Windows365 => "a Windows 365 Cloud PC",
        _ => "an unknown kind of host",
    };
}
