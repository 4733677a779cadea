using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Dialogs.Checks;

namespace RdpHelpBot.Bot.Checks.Agent;

/// <summary>The certificate Remote Desktop uses (the configured one, else the newest in the Remote Desktop store) and its key.</summary>
internal static class CertificateFindings
{
    public static IEnumerable<HostFinding> From(AgentReport report, DateTimeOffset now)
    {
        var certificates = report.Certificates;
        var hash = report.Listener.SslCertificateSha1Hash;
        if (hash is not null && certificates.Configured is null)
        {
            yield return new(AgentFactIds.CertHashMismatch,
                $"The listener is set to use certificate {hash} (SSLCertificateSHA1Hash), but no certificate with that thumbprint is on the host.");
        }
        var inUse = certificates.Configured ?? certificates.RemoteDesktopStore.MaxBy(c => c.NotAfter);
        if (inUse is null)
        {
            if (hash is null && !report.Problems.Any(p => p.Part == "certificates"))
                yield return new(AgentFactIds.NoRdpCertificate, "The host's Remote Desktop certificate store is empty.");
        }
        else
        {
            if (inUse.NotAfter < now)
                yield return new(AgentFactIds.CertExpired, $"The RDP certificate {inUse.Thumbprint} expired on {inUse.NotAfter:yyyy-MM-dd}.");
            if (KeyFinding(inUse) is { } key)
                yield return key;
        }
        if (report.MachineKeys.Problem is null)
        {
            yield return report.MachineKeys is { NetworkServiceCanRead: true, AdministratorsHaveFullControl: true }
                ? new(AgentFactIds.MachineKeysAclOk, "The MachineKeys folder's permissions look right.")
                : new(AgentFactIds.MachineKeysAclWrong, MachineKeysText(report.MachineKeys));
        }
    }

    private static HostFinding? KeyFinding(CertificateEntry certificate) => certificate.PrivateKey switch
    {
        { Present: false } => new(AgentFactIds.CertKeyNotReadable, $"The RDP certificate {certificate.Thumbprint} has no private key."),
        { Access: { Problem: null, NetworkServiceCanRead: true } } =>
            new(AgentFactIds.CertKeyReadable, "NETWORK SERVICE, the Remote Desktop service's account, can read the certificate's private key."),
        { Access: { Problem: null, NetworkServiceCanRead: false } } =>
            new(AgentFactIds.CertKeyNotReadable,
                $"NETWORK SERVICE, the Remote Desktop service's account, cannot read the private key of RDP certificate {certificate.Thumbprint}."),
        { File: null, Problem: { } problem } =>
            new(AgentFactIds.CertKeyNotReadable, $"The private key of RDP certificate {certificate.Thumbprint} cannot be used: {problem}"),
        _ => null,
    };

    private static string MachineKeysText(AccessReport machineKeys)
    {
        var missing = new List<string>();
        if (!machineKeys.AdministratorsHaveFullControl)
            missing.Add("Administrators do not have full control");
        if (!machineKeys.NetworkServiceCanRead)
            missing.Add("NETWORK SERVICE cannot read it");
        return $"The MachineKeys folder's permissions are wrong: {string.Join(" and ", missing)}.";
    }
}
