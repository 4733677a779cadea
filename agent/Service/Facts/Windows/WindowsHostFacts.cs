using System.Runtime.Versioning;

namespace RdpHelpBot.Agent.Facts.Windows;

[SupportedOSPlatform("windows")]
internal static class WindowsHostFacts
{
    public static HostFacts Create() => new(
        new WindowsServiceStates(), new WindowsCertificateStores(), new WindowsAccessRules(), new WindowsRegistryValues(),
        new WindowsSessions(), new WindowsEventCounter(), Environment.MachineName,
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), @"Microsoft\Crypto\RSA\MachineKeys"));
}
