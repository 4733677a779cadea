namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>Why an address is never probed by default.</summary>
internal enum ForbiddenAddress
{
    None,
    Loopback,
    LinkLocal,
    CloudMetadata,
    Unspecified,
    Multicast,
    Broadcast,
}
