using System.Runtime.Versioning;
using System.ServiceProcess;
using RdpHelpBot.Agent.Contract.Reports;

namespace RdpHelpBot.Agent.Facts.Windows;

[SupportedOSPlatform("windows")]
internal sealed class WindowsServiceStates : IServiceStates
{
    public ServiceReport Read(string serviceName)
    {
        using var controller = new ServiceController(serviceName);
        try
        {
            return new ServiceReport(serviceName, Map(controller.Status), controller.StartType.ToString());
        }
        catch (InvalidOperationException)
        {
            // The Service Control Manager knows no service by that name.
            return new ServiceReport(serviceName, ServiceRunState.NotFound);
        }
    }

    private static ServiceRunState Map(ServiceControllerStatus status) => status switch
    {
        ServiceControllerStatus.Running => ServiceRunState.Running,
        ServiceControllerStatus.Stopped => ServiceRunState.Stopped,
        ServiceControllerStatus.StartPending => ServiceRunState.StartPending,
        ServiceControllerStatus.StopPending => ServiceRunState.StopPending,
        ServiceControllerStatus.Paused => ServiceRunState.Paused,
        ServiceControllerStatus.PausePending => ServiceRunState.PausePending,
        _ => ServiceRunState.ContinuePending,
    };
}
