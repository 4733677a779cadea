using System.Runtime.Versioning;
using Microsoft.Win32;

namespace RdpHelpBot.Agent.Facts.Windows;

[SupportedOSPlatform("windows")]
internal sealed class WindowsRegistryValues : IRegistryValues
{
    public object? Read(string subKey, string valueName)
    {
        using var key = Registry.LocalMachine.OpenSubKey(subKey);
        return key?.GetValue(valueName);
    }
}
