namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>Facts the engine, the dialogs and the reading of pasted output act on by name, beyond weighing them as evidence.</summary>
public static class WellKnownFacts
{
    /// <summary>The user has no administrator rights on the host: fixes there are for someone else to do.</summary>
    public const string NoAdminRights = "no-admin-rights";

    /// <summary>Nobody can connect to the host: a high-impact case, for which the bot offers a person.</summary>
    public const string EveryoneAffected = "everyone-affected";

    /// <summary>The host's RDP certificate has expired, as the user says or a certificate listing they pasted shows.</summary>
    public const string CertificateExpired = "cert-expired-said";

    /// <summary>The certificate the RDP listener is set to is not in the store, as said or as pasted output shows.</summary>
    public const string BoundCertificateMissing = "bound-cert-missing";
}
