using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

namespace RdpHelpBot.Bot.Tests.Outbox.Tickets;

/// <summary>
/// A ServiceNow instance on 127.0.0.1 with the parts of the Table API the bot uses: incidents (insert, query by an
/// encoded query), users by e-mail, and the OAuth token endpoint. After an insert it can answer as scripted (a 500,
/// or no answer in time) while keeping the incident, as a real instance may.
/// </summary>
internal sealed class FakeServiceNow : IAsyncDisposable
{
    public const string UserName = "svc-rdphelpbot";
    public const string Password = "Sn-Pa55word!";
    public const string ClientId = "0a1b2c3d4e5f";
    public const string ClientSecret = "client-secret-value";

    private readonly ScriptedAnswers _afterInsert = new();
    private LocalServer _server = null!;
    private int _tokens;

    public ConcurrentQueue<JsonObject> Incidents { get; } = new();

    public ConcurrentQueue<string> Requests { get; } = new();

    public Dictionary<string, string> UsersByEmail { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int TokensIssued => _tokens;

    public string BaseUrl => _server.Address.ToString().TrimEnd('/');

    public static async Task<FakeServiceNow> StartAsync()
    {
        var fake = new FakeServiceNow();
        fake._server = await LocalServer.StartAsync(fake.HandleAsync);
        return fake;
    }

    /// <summary>The next insert keeps the incident, then answers <paramref name="status"/>.</summary>
    public void AfterInsertAnswer(int status) => _afterInsert.Status(status);

    /// <summary>The next insert keeps the incident, then answers only after <paramref name="delay"/>.</summary>
    public void AfterInsertWait(TimeSpan delay) => _afterInsert.Wait(delay);

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        Requests.Enqueue($"{request.Method} {request.Path}");
        if (request.Path == "/oauth_token.do")
        {
            var form = await request.ReadFormAsync(context.RequestAborted);
            if (form["grant_type"] != "client_credentials" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
            {
                context.Response.StatusCode = 401;
                return;
            }
            Interlocked.Increment(ref _tokens);
            await context.Response.WriteAsJsonAsync(new JsonObject { ["access_token"] = $"token-{_tokens}", ["expires_in"] = 1799 }, context.RequestAborted);
            return;
        }
        if (!Authorized(request.Headers.Authorization.ToString()))
        {
            context.Response.StatusCode = 401;
            return;
        }
        switch (request.Method, request.Path.Value)
        {
            case ("GET", "/api/now/table/incident"):
                var (field, value) = Condition(request.Query["sysparm_query"].ToString());
                await Answer(context, new JsonArray([.. Incidents.Where(i => i[field]?.GetValue<string>() == value)
                    .Select(i => (JsonNode)new JsonObject { ["sys_id"] = i["sys_id"]!.GetValue<string>(), ["number"] = i["number"]!.GetValue<string>() })]));
                return;
            case ("GET", "/api/now/table/sys_user"):
                var (_, email) = Condition(request.Query["sysparm_query"].ToString());
                await Answer(context, UsersByEmail.TryGetValue(email, out var id) ? new JsonArray(new JsonObject { ["sys_id"] = id }) : []);
                return;
            case ("POST", "/api/now/table/incident"):
                var incident = (await JsonNode.ParseAsync(request.Body, cancellationToken: context.RequestAborted))!.AsObject();
                incident["sys_id"] = Guid.NewGuid().ToString("N");
                incident["number"] = $"INC{10000 + Incidents.Count + 1:D7}";
                Incidents.Enqueue(incident);
                if (await _afterInsert.TryAnswerAsync(context))
                    return;
                context.Response.StatusCode = 201;
                await Answer(context, incident.DeepClone());
                return;
            default:
                context.Response.StatusCode = 404;
                return;
        }
    }

    private bool Authorized(string header) =>
        header == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{UserName}:{Password}"))
        || (header.StartsWith("Bearer token-", StringComparison.Ordinal) && _tokens > 0);

    private static (string Field, string Value) Condition(string query) =>
        query.Split('=', 2) is [var field, var value] ? (field, value) : (query, "");

    private static Task Answer(HttpContext context, JsonNode result) =>
        context.Response.WriteAsync(new JsonObject { ["result"] = result }.ToJsonString(), context.RequestAborted);

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
