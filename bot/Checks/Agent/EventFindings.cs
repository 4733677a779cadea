using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Dialogs.Checks;

namespace RdpHelpBot.Bot.Checks.Agent;

/// <summary>What the last day's event counts say; a log the agent could not read says nothing.</summary>
internal static class EventFindings
{
    /// <summary>About one failed logon every 90 seconds, all day: far above what people mistyping produce.</summary>
    public const int ManyFailedLogons = 1000;

    private static readonly int[] CertificateErrors = [1057, 1058, 36870, 36871, 36872];

    public static IEnumerable<HostFinding> From(EventReport events)
    {
        var readable = events.Counts.Where(c => c.Problem is null).ToDictionary(c => c.EventId, c => c);
        int Count(int id) => readable.TryGetValue(id, out var c) ? c.Count : 0;

        if (Count(1057) > 0)
            yield return new(AgentFactIds.Events1057, Logged(Count(1057), "1057", "Windows could not create a new self-signed RDP certificate"));
        if (Count(1058) > 0)
            yield return new(AgentFactIds.Events1058, Logged(Count(1058), "1058", "Windows could not replace the expired self-signed RDP certificate"));
        if (Count(36870) + Count(36872) > 0)
            yield return new(AgentFactIds.Events36870,
                Logged(Count(36870) + Count(36872), "Schannel 36870/36872", "the TLS server could not use its certificate's private key"));
        if (Count(36871) > 0)
            yield return new(AgentFactIds.Events36871, Logged(Count(36871), "Schannel 36871", "the TLS server credential could not be created"));
        if (Count(1006) > 0)
            yield return new(AgentFactIds.Events1006, Logged(Count(1006), "1006", "the host received a large number of incomplete connections"));
        if (readable.TryGetValue(4625, out var failedLogons) && failedLogons.Count >= ManyFailedLogons)
        {
            yield return new(AgentFactIds.Events4625Many,
                $"{(failedLogons.AtLeast ? "At least " : "")}{failedLogons.Count} failed sign-ins (event 4625) were logged in the last day: the host is probably under a password-guessing attack.");
        }
        if (CertificateErrors.All(readable.ContainsKey) && CertificateErrors.All(id => Count(id) == 0))
            yield return new(AgentFactIds.NoCertificateErrorsLogged, "No Remote Desktop certificate or TLS errors were logged in the last day.");
    }

    private static string Logged(int count, string events, string meaning) =>
        $"Event {events} was logged {count} time{(count == 1 ? "" : "s")} in the last day: {meaning}.";
}
