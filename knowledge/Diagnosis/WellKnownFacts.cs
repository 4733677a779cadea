namespace RdpHelpBot.Knowledge.Diagnosis;

/// <summary>Facts the engine and the dialogs act on by name, beyond weighing them as evidence.</summary>
public static class WellKnownFacts
{
    /// <summary>The user has no administrator rights on the host: fixes there are for someone else to do.</summary>
    public const string NoAdminRights = "no-admin-rights";

    /// <summary>Nobody can connect to the host: a high-impact case, for which the bot offers a person.</summary>
    public const string EveryoneAffected = "everyone-affected";
}
