using System.Net;
using System.Text.Json;
using RdpHelpBot.Agent.Contract;
using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Contract.Signing;
using RdpHelpBot.Agent.Tests.Contract.Signing;
using RdpHelpBot.Agent.Tests.Service.Fakes;

namespace RdpHelpBot.Agent.Tests.Service.Hosting;

public sealed class AgentEndpointTests : IAsyncLifetime
{
    private readonly FakeHost host = new();
    private RunningAgent agent = null!;

    public async ValueTask InitializeAsync() => agent = await RunningAgent.StartAsync(host);

    public async ValueTask DisposeAsync() => await agent.DisposeAsync();

    private DateTimeOffset Now => agent.Time.GetUtcNow();

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) =>
        agent.Client.SendAsync(request, TestContext.Current.CancellationToken);

    private Task<HttpResponseMessage> PostReportAsync(AgentKey key, DateTimeOffset at, string body = "{}", string? nonce = null) =>
        SendAsync(SignedRequests.Create(key, at, HttpMethod.Post, AgentRoutes.Report, body, nonce));

    private static async Task<string?> ReasonAsync(HttpResponseMessage response)
    {
        var problem = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), AgentJsonContext.Default.AgentProblem);
        return $"{(int)response.StatusCode} {problem?.Reason}";
    }

    [Fact]
    public async Task Report_SignedRequest_AnswersTheHostsReport()
    {
        host.ServiceStates["TermService"] = ServiceRunState.Stopped;

        using var response = await PostReportAsync(TestKeys.Host, Now, "{\"userName\":\"alice\"}");
        var report = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), AgentJsonContext.Default.AgentReport);

        Assert.Equal(ServiceRunState.Stopped, report!.Services.Single(s => s.Name == "TermService").State);
    }

    [Fact]
    public async Task Report_SignedRequest_AnswerIsSignedForThatRequest()
    {
        using var response = await PostReportAsync(TestKeys.Host, Now);

        Assert.Equal(SignatureFailure.None, await SignedRequests.VerifyResponseAsync(response, TestKeys.Host, Now));
    }

    [Fact]
    public async Task Report_Unsigned_IsRefusedAsMissingSignature()
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, AgentRoutes.Report));

        Assert.Equal("401 missing-signature", await ReasonAsync(response));
    }

    [Fact]
    public async Task Report_WrongKeyId_IsRefusedAsUnknownKeyId()
    {
        using var response = await PostReportAsync(TestKeys.OtherId, Now);

        Assert.Equal("401 unknown-key-id", await ReasonAsync(response));
    }

    [Fact]
    public async Task Report_WrongSecret_IsRefusedAsBadSignature()
    {
        using var response = await PostReportAsync(TestKeys.SameIdOtherSecret, Now);

        Assert.Equal("401 bad-signature", await ReasonAsync(response));
    }

    [Fact]
    public async Task Report_BodyChangedAfterSigning_IsRefusedAsBadSignature()
    {
        var request = SignedRequests.Create(TestKeys.Host, Now, HttpMethod.Post, AgentRoutes.Report, "{\"userName\":\"alice\"}");
        request.Content = new StringContent("{\"userName\":\"mallory\"}");

        using var response = await SendAsync(request);

        Assert.Equal("401 bad-signature", await ReasonAsync(response));
    }

    [Fact]
    public async Task Report_MalformedTimestamp_IsRefusedAsMalformedSignature()
    {
        var request = SignedRequests.Create(TestKeys.Host, Now, HttpMethod.Post, AgentRoutes.Report, "{}");
        request.Headers.Remove(SignatureHeaders.Timestamp);
        request.Headers.Add(SignatureHeaders.Timestamp, "yesterday");

        using var response = await SendAsync(request);

        Assert.Equal("401 malformed-signature", await ReasonAsync(response));
    }

    [Fact]
    public async Task Report_SignedSixMinutesAgo_IsRefusedForClockSkew()
    {
        using var response = await PostReportAsync(TestKeys.Host, Now.AddMinutes(-6));

        Assert.Equal("401 clock-skew", await ReasonAsync(response));
    }

    [Fact]
    public async Task Report_SameNonceTwice_IsRefusedTheSecondTimeAsReplayed()
    {
        using var first = await PostReportAsync(TestKeys.Host, Now, nonce: "replayed-nonce-0001");
        using var second = await PostReportAsync(TestKeys.Host, Now, nonce: "replayed-nonce-0001");

        Assert.Equal("401 replayed-nonce", await ReasonAsync(second));
    }

    [Fact]
    public async Task Report_Refusal_IsSignedToo()
    {
        using var response = await PostReportAsync(TestKeys.Host, Now.AddMinutes(-6));

        Assert.Equal(SignatureFailure.None, await SignedRequests.VerifyResponseAsync(response, TestKeys.Host, Now));
    }

    [Fact]
    public async Task Report_BodyNotJson_IsABadRequest()
    {
        using var response = await PostReportAsync(TestKeys.Host, Now, "user=alice");

        Assert.Equal("400 invalid-request", await ReasonAsync(response));
    }

    [Fact]
    public async Task Report_UserNameTooLong_IsABadRequest()
    {
        using var response = await PostReportAsync(TestKeys.Host, Now, $"{{\"userName\":\"{new string('a', 300)}\"}}");

        Assert.Equal("400 invalid-request", await ReasonAsync(response));
    }

    [Fact]
    public async Task Report_BodyLargerThanTheLimit_IsRefusedBeforeTheSignatureCheck()
    {
        using var response = await PostReportAsync(TestKeys.Host, Now, $"{{\"userName\":\"{new string('a', 20_000)}\"}}");

        Assert.Equal("413 body-too-large", await ReasonAsync(response));
    }

    [Fact]
    public async Task Health_SignedRequest_AnswersOk()
    {
        using var response = await SendAsync(SignedRequests.Create(TestKeys.Host, Now, HttpMethod.Get, AgentRoutes.Health));
        var health = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), AgentJsonContext.Default.AgentHealth);

        Assert.Equal("ok", health?.Status);
    }

    [Fact]
    public async Task Refusals_AreLoggedWithoutTheKey()
    {
        using var response = await PostReportAsync(TestKeys.SameIdOtherSecret, Now);

        Assert.Contains(agent.Logs.Messages, m => m.Contains("bad-signature", StringComparison.Ordinal));
        Assert.DoesNotContain(agent.Logs.Messages, m => m.Contains(TestKeys.HostSecret, StringComparison.Ordinal));
    }
}
