using RdpHelpBot.Agent.Contract.Reports;

namespace RdpHelpBot.Agent.Reporting;

/// <summary>Collects the parts of a report that could not be read, so one denied registry key does not sink the rest.</summary>
internal sealed class ProblemLog
{
    private readonly List<ReportProblem> problems = [];

    public IReadOnlyList<ReportProblem> Problems => problems;

    public T Try<T>(string part, Func<T> read, T fallback)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException
            or System.Security.SecurityException or System.ComponentModel.Win32Exception or System.Security.Cryptography.CryptographicException)
        {
            problems.Add(new ReportProblem(part, e.Message));
            return fallback;
        }
    }
}
