namespace RdpHelpBot.Agent.Contract.Reports;

/// <summary>The disconnected sessions on the host, and whether the requested user has one.</summary>
/// <param name="UserName">The user asked about, as given; null when none was.</param>
/// <param name="UserHasDisconnectedSession">Null when no user was asked about.</param>
public sealed record SessionReport(string? UserName, IReadOnlyList<SessionEntry> Disconnected, bool? UserHasDisconnectedSession);

public sealed record SessionEntry(int SessionId, string UserName, string? Domain);
