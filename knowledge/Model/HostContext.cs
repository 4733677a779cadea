namespace RdpHelpBot.Knowledge.Model;

/// <summary>What kind of machine the user connects to; causes have a prior for each.</summary>
public enum HostContext
{
    Unknown,
    AzureVm,
    WindowsServer,
    WindowsPc,
}

public static class HostContexts
{
    public static readonly IReadOnlyList<HostContext> All =
        [HostContext.AzureVm, HostContext.WindowsServer, HostContext.WindowsPc, HostContext.Unknown];

    /// <summary>The spelling used in the knowledge files.</summary>
    public static string Key(this HostContext context) => context switch
    {
        HostContext.AzureVm => "azure-vm",
        HostContext.WindowsServer => "windows-server",
        HostContext.WindowsPc => "windows-pc",
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
        _ => "an unknown kind of host",
    };
}
