namespace RdpHelpBot.Agent.Facts;

/// <summary>Every way the agent looks at its host; Windows supplies the real ones, tests supply fakes.</summary>
internal sealed record HostFacts(
    IServiceStates Services,
    ICertificateStores Certificates,
    IAccessRules AccessRules,
    IRegistryValues Registry,
    ISessions Sessions,
    IEventCounter Events,
    string MachineName,
    string MachineKeysPath);
