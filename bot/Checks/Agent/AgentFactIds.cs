namespace RdpHelpBot.Bot.Checks.Agent;

/// <summary>The knowledge's fact ids (origin: check) that host-agent findings stand for.</summary>
internal static class AgentFactIds
{
    public const string TermServiceStopped = "agent-termservice-stopped";
    public const string TermServiceRunning = "agent-termservice-running";
    public const string CertServicesStopped = "agent-cert-services-stopped";
    public const string NoRdpCertificate = "agent-no-rdp-certificate";
    public const string CertExpired = "agent-cert-expired";
    public const string CertKeyNotReadable = "agent-cert-key-not-readable";
    public const string CertKeyReadable = "agent-cert-key-readable";
    public const string CertHashMismatch = "agent-cert-hash-mismatch";
    public const string MachineKeysAclWrong = "agent-machinekeys-acl-wrong";
    public const string MachineKeysAclOk = "agent-machinekeys-acl-ok";
    public const string SecurityLayerRdp = "agent-securitylayer-rdp";
    public const string SecurityLayerTls = "agent-securitylayer-tls";
    public const string NlaRequired = "agent-nla-required";
    public const string NlaNotRequired = "agent-nla-not-required";
    public const string Tls12Disabled = "agent-tls12-disabled";
    public const string Tls10Disabled = "agent-tls10-disabled";
    public const string UserHasDisconnectedSession = "agent-user-has-disconnected-session";
    public const string UserNoDisconnectedSession = "agent-user-no-disconnected-session";
    public const string DisconnectedSessionsPresent = "agent-disconnected-sessions-present";
    public const string Events1057 = "agent-events-1057";
    public const string Events1058 = "agent-events-1058";
    public const string Events36870 = "agent-events-36870";
    public const string Events36871 = "agent-events-36871";
    public const string Events1006 = "agent-events-1006";
    public const string Events4625Many = "agent-events-4625-many";
    public const string NoCertificateErrorsLogged = "agent-no-certificate-errors-logged";

    public static IReadOnlyList<string> All { get; } =
    [
        TermServiceStopped, TermServiceRunning, CertServicesStopped, NoRdpCertificate, CertExpired, CertKeyNotReadable,
        CertKeyReadable, CertHashMismatch, MachineKeysAclWrong, MachineKeysAclOk, SecurityLayerRdp, SecurityLayerTls,
        NlaRequired, NlaNotRequired, Tls12Disabled, Tls10Disabled, UserHasDisconnectedSession, UserNoDisconnectedSession,
        DisconnectedSessionsPresent, Events1057, Events1058, Events36870, Events36871, Events1006, Events4625Many,
        NoCertificateErrorsLogged,
    ];
}
