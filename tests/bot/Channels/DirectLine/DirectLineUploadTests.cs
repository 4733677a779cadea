using System.Net;
using System.Net.Http.Headers;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

/// <summary><c>POST conversations/{id}/upload</c>: checked like any call, then refused with a reason a client can show.</summary>
public sealed class DirectLineUploadTests
{
    private static async Task<HttpResponseMessage> UploadAsync(DirectLineServer server, string conversationId, string? bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload?userId=user-1");
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        var form = new MultipartFormDataContent
        {
            { new StringContent("""{"type":"message","from":{"id":"user-1"}}""", MediaTypeHeaderValue.Parse("application/vnd.microsoft.activity")), "activity" },
            { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]), "file", "screenshot.png" },
        };
        request.Content = form;
        return await server.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Upload_WithTheConversationsToken_Is400SayingFilesAreNotAccepted()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();

        using var response = await UploadAsync(server, conversation.Id, conversation.Token);

        var error = (await DirectLineServer.ReadJsonAsync(response)).GetProperty("error");
        Assert.Equal((HttpStatusCode.BadRequest, "BadArgument"), (response.StatusCode, error.GetProperty("code").GetString()));
        Assert.Contains("does not accept files", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_NoAuthorization_Is401()
    {
        await using var server = await DirectLineServer.StartAsync();
        var conversation = await server.StartConversationAsync();

        using var response = await UploadAsync(server, conversation.Id, bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Upload_AnotherConversationsToken_Is403()
    {
        await using var server = await DirectLineServer.StartAsync();
        var mine = await server.StartConversationAsync();
        var theirs = await server.StartConversationAsync();

        using var response = await UploadAsync(server, theirs.Id, mine.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
