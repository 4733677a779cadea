using System.Net;

namespace RdpHelpBot.Bot.Checks;

/// <summary>
/// A host the safety policy allowed: the name the user gave, and the one address that was checked, which every
/// evidence source must connect to instead of resolving the name again.
/// </summary>
internal sealed record CheckedHost(string Name, IPAddress Address, int Port);
