using System.Text.Json;
using RdpHelpBot.Agent.Contract;
using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Reporting;
using RdpHelpBot.Agent.Security;

namespace RdpHelpBot.Agent.Endpoints;

/// <summary><c>POST /v1/report</c>: the whole report, for an optional user name.</summary>
internal static class ReportEndpoint
{
    public static IResult Handle(HttpContext context, ReportBuilder builder)
    {
        var body = context.Items[SignedExchangeMiddleware.RequestBodyItem] as byte[] ?? [];
        var (request, problem) = Parse(body);
        return problem is not null
            ? ProblemWriter.Result(AgentProblem.Create(StatusCodes.Status400BadRequest, "invalid-request", "The request body is not valid.", problem))
            : Results.Json(builder.Build(request!), AgentJsonContext.Default.AgentReport);
    }

    private static (ReportRequest? Request, string? Problem) Parse(byte[] body)
    {
        if (body.Length == 0)
            return (new ReportRequest(), null);
        ReportRequest? request;
        try
        {
            request = JsonSerializer.Deserialize(body, AgentJsonContext.Default.ReportRequest);
        }
        catch (JsonException e)
        {
            return (null, $"The body is not a JSON report request: {e.Message}");
        }
        return request switch
        {
            null => (null, "The body must be a JSON object such as {\"userName\":\"alice\"}."),
            { UserName.Length: > ReportRequest.MaxUserNameLength } =>
                (null, $"userName is longer than {ReportRequest.MaxUserNameLength} characters."),
            { UserName: { } name } when name.Any(char.IsControl) => (null, "userName contains control characters."),
            _ => (request, null),
        };
    }
}
