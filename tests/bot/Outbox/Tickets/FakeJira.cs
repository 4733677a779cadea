using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

namespace RdpHelpBot.Bot.Tests.Outbox.Tickets;

/// <summary>
/// A Jira Service Management site on 127.0.0.1 with the parts of its REST API the bot uses: creating and searching
/// customer requests, user search, temporary attachments (refused without <c>X-Atlassian-Token: no-check</c>) and
/// request attachments. After a request is made it can answer as scripted while keeping the request.
/// </summary>
internal sealed class FakeJira : IAsyncDisposable
{
    public const string Email = "rdphelpbot@contoso.com";
    public const string ApiToken = "ATATT3xFfGF0-api-token";
    public const string ServiceDeskId = "4";
    public const string RequestTypeId = "17";

    private readonly ScriptedAnswers _afterCreate = new();
    private readonly ScriptedAnswers _afterAttach = new();
    private readonly ConcurrentDictionary<string, (string FileName, string Content)> _temporary = new();
    private LocalServer _server = null!;

    public ConcurrentQueue<JsonObject> Created { get; } = new();

    /// <summary>Each request's attachments: its key, the file's name and its text.</summary>
    public ConcurrentQueue<(string Key, string FileName, string Content)> Attachments { get; } = new();

    public Dictionary<string, string> AccountsByEmail { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string BaseUrl => _server.Address.ToString().TrimEnd('/');

    public static async Task<FakeJira> StartAsync()
    {
        var fake = new FakeJira();
        fake._server = await LocalServer.StartAsync(fake.HandleAsync);
        return fake;
    }

    /// <summary>The next request made is kept, then answered <paramref name="status"/>.</summary>
    public void AfterCreateAnswer(int status) => _afterCreate.Status(status);

    /// <summary>The next attachment of temporary files attaches them, then answers <paramref name="status"/>.</summary>
    public void AfterAttachAnswer(int status) => _afterAttach.Status(status);

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization.ToString() != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Email}:{ApiToken}")))
        {
            context.Response.StatusCode = 401;
            return;
        }
        var path = request.Path.Value!;
        switch (request.Method)
        {
            case "GET" when path == "/rest/api/3/user/search":
                var email = request.Query["query"].ToString();
                await Write(context, AccountsByEmail.TryGetValue(email, out var account)
                    ? new JsonArray(new JsonObject { ["accountId"] = account, ["emailAddress"] = email })
                    : []);
                return;
            case "POST" when path == "/rest/servicedeskapi/request":
                var body = (await JsonNode.ParseAsync(request.Body, cancellationToken: context.RequestAborted))!.AsObject();
                body["issueKey"] = $"HD-{Created.Count + 1}";
                Created.Enqueue(body);
                if (await _afterCreate.TryAnswerAsync(context))
                    return;
                context.Response.StatusCode = 201;
                await Write(context, View(body));
                return;
            case "GET" when path == "/rest/servicedeskapi/request":
                var term = request.Query["searchTerm"].ToString();
                var found = Created.Where(r => request.Query["serviceDeskId"] == r["serviceDeskId"]!.GetValue<string>()
                    && Summary(r).Split(' ', '[', ']').Contains(term, StringComparer.OrdinalIgnoreCase));
                await Write(context, new JsonObject { ["values"] = new JsonArray([.. found.Select(r => (JsonNode)View(r))]) });
                return;
            case "POST" when path == $"/rest/servicedeskapi/servicedesk/{ServiceDeskId}/attachTemporaryFile":
                if (request.Headers["X-Atlassian-Token"] != "no-check")
                {
                    context.Response.StatusCode = 403;
                    return;
                }
                var file = (await request.ReadFormAsync(context.RequestAborted)).Files.GetFile("file")!;
                using (var reader = new StreamReader(file.OpenReadStream()))
                {
                    var id = Guid.NewGuid().ToString("N");
                    _temporary[id] = (file.FileName, await reader.ReadToEndAsync(context.RequestAborted));
                    await Write(context, new JsonObject { ["temporaryAttachments"] = new JsonArray(new JsonObject { ["temporaryAttachmentId"] = id, ["fileName"] = file.FileName }) });
                }
                return;
            case "POST" when path.StartsWith("/rest/servicedeskapi/request/", StringComparison.Ordinal) && path.EndsWith("/attachment", StringComparison.Ordinal):
                var key = path.Split('/')[4];
                var attach = (await JsonNode.ParseAsync(request.Body, cancellationToken: context.RequestAborted))!;
                foreach (var id in attach["temporaryAttachmentIds"]!.AsArray().Select(n => n!.GetValue<string>()))
                {
                    if (_temporary.TryRemove(id, out var temporary))
                        Attachments.Enqueue((key, temporary.FileName, temporary.Content));
                }
                if (!await _afterAttach.TryAnswerAsync(context))
                    context.Response.StatusCode = 201;
                return;
            case "GET" when path.StartsWith("/rest/servicedeskapi/request/", StringComparison.Ordinal) && path.EndsWith("/attachment", StringComparison.Ordinal):
                var of = path.Split('/')[4];
                await Write(context, new JsonObject { ["values"] = new JsonArray([.. Attachments.Where(a => a.Key == of).Select(a => (JsonNode)new JsonObject { ["filename"] = a.FileName })]) });
                return;
            default:
                context.Response.StatusCode = 404;
                return;
        }
    }

    public static string Summary(JsonObject request) => request["requestFieldValues"]!["summary"]!.GetValue<string>();

    private static JsonObject View(JsonObject request) => new()
    {
        ["issueKey"] = request["issueKey"]!.GetValue<string>(),
        ["requestFieldValues"] = new JsonArray(new JsonObject { ["fieldId"] = "summary", ["label"] = "Summary", ["value"] = Summary(request) }),
        ["_links"] = new JsonObject { ["agent"] = $"https://contoso.atlassian.net/browse/{request["issueKey"]!.GetValue<string>()}" },
    };

    private static Task Write(HttpContext context, JsonNode node)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(node.ToJsonString(), context.RequestAborted);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
