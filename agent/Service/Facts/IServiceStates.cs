using RdpHelpBot.Agent.Contract.Reports;

namespace RdpHelpBot.Agent.Facts;

/// <summary>The Service Control Manager's view of one service.</summary>
internal interface IServiceStates
{
    /// <summary>The service's state and start type; <see cref="ServiceRunState.NotFound"/> when it is not installed.</summary>
    ServiceReport Read(string serviceName);
}
