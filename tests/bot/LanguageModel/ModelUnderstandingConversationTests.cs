using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Bot.Channels.Console;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Bot.Tests.LanguageModel;

/// <summary>A conversation with the bot with Azure OpenAI switched on, against a local stand-in, as the terminal shows it.</summary>
public sealed class ModelUnderstandingConversationTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, Func<HttpContext, Task>> Failures => new()
    {
        { "a reply that never comes", OpenAIStandIn.Hang() },
        { "500", OpenAIStandIn.Error(500, "InternalServerError") },
        { "400 content_filter", OpenAIStandIn.Error(400, "content_filter") },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task FirstMessage_ServiceFails_RepliesAsTheRulesWithinTheTimeout(string failure, Func<HttpContext, Task> answer)
    {
        await using var standIn = await OpenAIStandIn.StartAsync(answer);
        var rules = await ConverseAsync(["--Understanding:Provider=Rules"]);

        var model = await ConverseAsync(ModelUnderstanderTests.Settings(standIn.Endpoint));

        Assert.True(model.Slowest < Timeout + TimeSpan.FromSeconds(1), $"{failure}: a turn took {model.Slowest}");
        Assert.Equal(rules.Lines, model.Lines);
        Assert.Equal(2, standIn.Requests.Count);
    }

    [Fact]
    public async Task WhatElse_AfterTheModelReadTheReport_RanksWithWhatItRead()
    {
        await using var standIn = await OpenAIStandIn.StartAsync(OpenAIStandIn.Completion(ModelUnderstanderTests.Reading));

        var rules = await ConverseAsync(["--Understanding:Provider=Rules"]);
        var model = await ConverseAsync(ModelUnderstanderTests.Settings(standIn.Endpoint));

        Assert.DoesNotContain(rules.Lines, line => line.Contains("Azure VM", StringComparison.Ordinal));
        Assert.Contains(model.Lines, line => line.Contains("Azure VM", StringComparison.Ordinal));
    }

    /// <summary>The report, then "what else could it be?": the lines the terminal shows, and the longer turn's time.</summary>
    private static async Task<(IReadOnlyList<string> Lines, TimeSpan Slowest)> ConverseAsync(string[] settings)
    {
        using var host = ConsoleChatHost.Build(["--Storage:Provider=InMemory", .. settings], TextWriter.Null)!;
        var pipeline = host.Services.GetRequiredService<TurnPipeline>();
        var lines = new List<string>();
        var slowest = TimeSpan.Zero;
        foreach (var message in new[] { ModelUnderstanderTests.Report, "what else could it be?" })
        {
            var watch = Stopwatch.StartNew();
            var response = await pipeline.ProcessAsync(new TurnRequest("test", "c1", "u1", message), Ct);
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            lines.AddRange(response.Replies.SelectMany(r => ConsoleReplyRenderer.Render(r).Lines));
        }
        return (lines, slowest);
    }
}
