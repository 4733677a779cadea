using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RdpHelpBot.Bot.Hosting;
using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Knowledge;

namespace RdpHelpBot.Bot.Tests.Conversations;

/// <summary>The product's own wiring — the troubleshooting conversation on the SQLite store — across restarts and races.</summary>
public sealed class TroubleshootingOnSqliteTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Process_AfterARestart_ContinuesTheConversationFromTheDatabase()
    {
        using (var before = BuildHost())
        {
            await Pipeline(before).ProcessAsync(Message("I get 0x904"), Ct);
        }

        using var after = BuildHost();
        var response = await Pipeline(after).ProcessAsync(Click("not-sure"), Ct);

        var knowledge = after.Services.GetRequiredService<KnowledgeBase>();
        Assert.Equal(knowledge.Questions["others-affected"].Text, Assert.Single(response.Replies).Text);
    }

    [Fact]
    public async Task Process_TwoMessagesOfOneConversationAtOnce_NeitherIsLost()
    {
        using var host = BuildHost();
        var pipeline = Pipeline(host);
        await pipeline.ProcessAsync(Message("I get 0x904"), Ct);

        await Task.WhenAll(
            pipeline.ProcessAsync(Message("nobody can connect"), Ct),
            pipeline.ProcessAsync(Message("we renewed the certificate last week"), Ct));
        await pipeline.ProcessAsync(Message("talk to a human"), Ct);

        var handedOver = Assert.Single(await host.Services.GetRequiredService<ICaseStore>().ListAsync(liveOnly: false, limit: 10, Ct));
        var knowledge = host.Services.GetRequiredService<KnowledgeBase>();
        Assert.Contains(knowledge.Facts["everyone-affected"].Statement, handedOver.Packet.Facts);
        Assert.Contains(knowledge.Facts["cert-renewed"].Statement, handedOver.Packet.Facts);
    }

    private IHost BuildHost()
    {
        var builder = Host.CreateApplicationBuilder([$"--Storage:DataFolder={_folder.Path}"]);
        builder.Logging.ClearProviders();
        Assert.True(BotServices.TryAdd(builder, TextWriter.Null));
        return builder.Build();
    }

    private static TurnPipeline Pipeline(IHost host) => host.Services.GetRequiredService<TurnPipeline>();

    private static TurnRequest Message(string text) => new("test", "c1", "u1", text);

    private static TurnRequest Click(string value) => new("test", "c1", "u1", ChoiceValue: value);

    public void Dispose() => _folder.Dispose();
}
