namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>A change to a helpdesk case a turn made: the case as it is to be kept, and the version it was read at (null: a new case).</summary>
public sealed record CaseSave(HelpdeskCase Case, long? ExpectedVersion);
