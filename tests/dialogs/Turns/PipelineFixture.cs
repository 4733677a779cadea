using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Dialogs.Storage;
using RdpHelpBot.Dialogs.Tests.Testing;
using RdpHelpBot.Dialogs.Turns;
using RdpHelpBot.Dialogs.Turns.Transcripts;

namespace RdpHelpBot.Dialogs.Tests.Turns;

/// <summary>A pipeline over the counting conversation, with a fake clock and stores the tests can look into.</summary>
internal sealed class PipelineFixture
{
    public const string Channel = "test";
    public const string ConversationName = "c1";
    public static readonly string StateKey = $"{Channel}:{ConversationName}";

    public PipelineFixture()
    {
        Store = new InMemoryStateStore(Time);
        States = new ScriptedStateStore(Store);
    }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero));

    public CountingConversation Dialogs { get; } = new();

    /// <summary>The store under <see cref="States"/>, shared by every pipeline "instance".</summary>
    public InMemoryStateStore Store { get; }

    public ScriptedStateStore States { get; }

    public InMemoryTranscriptStore Transcripts { get; } = new();

    public ListLogger<TurnPipeline> Log { get; } = new();

    public TranscriptOptions TranscriptOptions { get; } = new();

    public TurnPipeline CreatePipeline(IStateStore? states = null) =>
        new(Dialogs, states ?? States, Transcripts, Options.Create(TranscriptOptions), Time, Log);

    public static TurnRequest Message(string text, string conversation = ConversationName) => new(Channel, conversation, "u1", text);

    public static string[] Texts(TurnResponse response) => response.Replies.Select(reply => reply.Text).ToArray();

    public async Task<string?> StoredJsonAsync(string key = "") => (await Store.ReadAsync(key == "" ? StateKey : key, Ct))?.Json;
}
