using RdpHelpBot.Dialogs.Escalation;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>A case's story as events tell it, read back from the packet it was handed over with.</summary>
internal static class HelpdeskCaseSummary
{
    public static CaseSummary Of(CasePacket packet) =>
        new(packet.Context, packet.Codes, packet.Facts, packet.Questions, packet.Fixes, packet.Causes);
}
