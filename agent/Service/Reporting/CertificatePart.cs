using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Facts;

namespace RdpHelpBot.Agent.Reporting;

/// <summary>The Remote Desktop certificates, the configured one, and who may read their private keys.</summary>
internal static class CertificatePart
{
    public const string RemoteDesktopStore = "Remote Desktop";
    public const string PersonalStore = "My";

    public static CertificateReport Read(HostFacts facts, string? configuredThumbprint, ProblemLog problems)
    {
        var remoteDesktop = facts.Certificates.List(RemoteDesktopStore);
        var configured = configuredThumbprint is null
            ? null
            : remoteDesktop.Concat(problems.Try("certificates", () => facts.Certificates.List(PersonalStore), []))
                .FirstOrDefault(c => string.Equals(c.Thumbprint, configuredThumbprint, StringComparison.OrdinalIgnoreCase));
        return new CertificateReport(
            [.. remoteDesktop.Select(c => Describe(c, facts.AccessRules))],
            configured is null ? null : Describe(configured, facts.AccessRules));
    }

    public static AccessReport Access(IAccessRules rules, string path)
    {
        try
        {
            return AccessEvaluator.Evaluate(path, rules.Read(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return new AccessReport(path, [], NetworkServiceCanRead: false, AdministratorsHaveFullControl: false, e.Message);
        }
    }

    private static CertificateEntry Describe(StoredCertificate certificate, IAccessRules rules) => new(
        certificate.Store, certificate.Thumbprint, certificate.Subject, certificate.NotBefore, certificate.NotAfter,
        PrivateKey(certificate, rules));

    private static PrivateKeyReport PrivateKey(StoredCertificate certificate, IAccessRules rules) =>
        !certificate.HasPrivateKey ? new PrivateKeyReport(Present: false)
        : certificate.KeyFile is null ? new PrivateKeyReport(Present: true, Problem: certificate.KeyProblem)
        : new PrivateKeyReport(Present: true, certificate.KeyFile, Access(rules, certificate.KeyFile));
}
