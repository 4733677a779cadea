namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>Why an address is never probed by default.</summary>
internal enum ForbiddenAddress
{
    None,
    Loopback,

    /// <summary>An address of one of the bot's own network interfaces: the bot's own machine, like loopback.</summary>
    OwnMachine,
    LinkLocal,
    CloudMetadata,
    Unspecified,
    Multicast,
    Broadcast,
}
