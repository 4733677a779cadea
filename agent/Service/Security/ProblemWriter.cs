using System.Text.Json;
using RdpHelpBot.Agent.Contract;
using RdpHelpBot.Agent.Contract.Reports;

namespace RdpHelpBot.Agent.Security;

/// <summary>Writes an <c>application/problem+json</c> answer.</summary>
internal static class ProblemWriter
{
    public static async Task WriteAsync(HttpContext context, AgentProblem problem)
    {
        context.Response.StatusCode = problem.Status;
        context.Response.ContentType = AgentProblem.MediaType;
        await JsonSerializer.SerializeAsync(context.Response.Body, problem, AgentJsonContext.Default.AgentProblem, context.RequestAborted);
    }

    public static IResult Result(AgentProblem problem) =>
        Results.Json(problem, AgentJsonContext.Default.AgentProblem, AgentProblem.MediaType, problem.Status);
}
