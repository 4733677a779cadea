namespace RdpHelpBot.Agent.Contract.Reports;

/// <summary>How often each event of interest was logged since <see cref="Since"/> (the last 24 hours).</summary>
public sealed record EventReport(DateTimeOffset Since, IReadOnlyList<EventCount> Counts);

/// <param name="Log">The event log: <c>System</c> or <c>Security</c>.</param>
/// <param name="Provider">The event's provider, e.g. <c>Schannel</c>.</param>
/// <param name="AtLeast">True when counting stopped at the agent's limit: there were at least <see cref="Count"/>.</param>
/// <param name="Problem">Why the log could not be read; then <see cref="Count"/> is 0 and means nothing.</param>
public sealed record EventCount(string Log, string Provider, int EventId, int Count, bool AtLeast = false, string? Problem = null);
