using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Tests.Storage;

/// <summary>What every state store must do; each engine's tests derive from this.</summary>
public abstract class StateStoreContract
{
    /// <summary>The clock the store stamps its writes with; implementations must use it.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero));

    protected abstract IStateStore CreateSut();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadAsync_UnknownKey_ReturnsNull()
    {
        Assert.Null(await CreateSut().ReadAsync("nobody", Ct));
    }

    [Fact]
    public async Task WriteAsync_NewKey_IsReadBackWithItsETag()
    {
        var store = CreateSut();

        var etag = await store.WriteAsync("c1", """{"step":1}""", null, Ct);

        Assert.Equal(new StoredState("""{"step":1}""", etag), await store.ReadAsync("c1", Ct));
    }

    [Fact]
    public async Task WriteAsync_CurrentETag_ReplacesStateAndChangesETag()
    {
        var store = CreateSut();
        var first = await store.WriteAsync("c1", "1", null, Ct);

        var second = await store.WriteAsync("c1", "2", first, Ct);

        Assert.NotEqual(first, second);
        Assert.Equal("2", (await store.ReadAsync("c1", Ct))!.Json);
    }

    [Fact]
    public async Task WriteAsync_StaleETag_IsRefusedAndKeepsTheNewerState()
    {
        var store = CreateSut();
        var first = await store.WriteAsync("c1", "1", null, Ct);
        await store.WriteAsync("c1", "2", first, Ct);

        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("c1", "stale", first, Ct));
        Assert.Equal("2", (await store.ReadAsync("c1", Ct))!.Json);
    }

    [Fact]
    public async Task WriteAsync_CreatingAKeyThatExists_IsRefused()
    {
        var store = CreateSut();
        await store.WriteAsync("c1", "1", null, Ct);

        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("c1", "other", null, Ct));
    }

    [Fact]
    public async Task WriteAsync_TwoWritersFromTheSameRead_ExactlyOneWins()
    {
        var store = CreateSut();
        var etag = await store.WriteAsync("c1", "0", null, Ct);

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(async i =>
        {
            try
            {
                await store.WriteAsync("c1", i.ToString(System.Globalization.CultureInfo.InvariantCulture), etag, Ct);
                return true;
            }
            catch (StateConflictException)
            {
                return false;
            }
        }));

        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task DeleteAsync_ExistingKey_ForgetsIt()
    {
        var store = CreateSut();
        await store.WriteAsync("c1", "1", null, Ct);

        await store.DeleteAsync("c1", Ct);

        Assert.Null(await store.ReadAsync("c1", Ct));
    }

    [Fact]
    public async Task ListWrittenBeforeAsync_KeyLastWrittenBeforeTheCutoff_IsListedWithItsETag()
    {
        var store = CreateSut();
        var etag = await store.WriteAsync("quiet", "1", null, Ct);
        Time.Advance(TimeSpan.FromMinutes(40));

        var keys = await store.ListWrittenBeforeAsync(Time.GetUtcNow().AddMinutes(-30), Ct);

        Assert.Equal([new StateVersion("quiet", etag)], keys);
    }

    [Fact]
    public async Task ListWrittenBeforeAsync_KeyWrittenAfterTheCutoff_IsNotListed()
    {
        var store = CreateSut();
        await store.WriteAsync("busy", "1", null, Ct);
        Time.Advance(TimeSpan.FromMinutes(10));

        var keys = await store.ListWrittenBeforeAsync(Time.GetUtcNow().AddMinutes(-30), Ct);

        Assert.Empty(keys);
    }

    [Fact]
    public async Task ListWrittenBeforeAsync_KeyRewrittenSinceTheCutoff_IsNotListed()
    {
        var store = CreateSut();
        var etag = await store.WriteAsync("resumed", "1", null, Ct);
        Time.Advance(TimeSpan.FromMinutes(40));
        await store.WriteAsync("resumed", "2", etag, Ct);
        Time.Advance(TimeSpan.FromMinutes(10));

        var keys = await store.ListWrittenBeforeAsync(Time.GetUtcNow().AddMinutes(-30), Ct);

        Assert.Empty(keys);
    }

    [Fact]
    public async Task ListWrittenBeforeAsync_DeletedKey_IsNotListed()
    {
        var store = CreateSut();
        await store.WriteAsync("gone", "1", null, Ct);
        await store.DeleteAsync("gone", Ct);
        Time.Advance(TimeSpan.FromMinutes(40));

        var keys = await store.ListWrittenBeforeAsync(Time.GetUtcNow().AddMinutes(-30), Ct);

        Assert.Empty(keys);
    }

    [Fact]
    public async Task WriteAsync_ParticipantFails_KeepsTheStateItHad()
    {
        var store = CreateSut();
        var etag = await store.WriteAsync("c1", "1", null, Ct);

        await Assert.ThrowsAsync<IOException>(() => store.WriteAsync("c1", "2", etag, [new Participant(fails: true)], Ct));

        Assert.Equal(new StoredState("1", etag), await store.ReadAsync("c1", Ct));
    }

    [Fact]
    public async Task WriteAsync_WithAParticipant_WritesBoth()
    {
        var store = CreateSut();
        var participant = new Participant(fails: false);

        var etag = await store.WriteAsync("c1", "1", null, [participant], Ct);

        Assert.Equal((new StoredState("1", etag), 1), (await store.ReadAsync("c1", Ct), participant.Writes));
    }

    [Fact]
    public async Task WriteAsync_StaleETag_LeavesTheParticipantUnwritten()
    {
        var store = CreateSut();
        var first = await store.WriteAsync("c1", "1", null, Ct);
        await store.WriteAsync("c1", "2", first, Ct);
        var participant = new Participant(fails: false);

        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("c1", "stale", first, [participant], Ct));

        Assert.Equal(0, participant.Writes);
    }

    [Fact]
    public async Task CommitAsync_Participant_IsWrittenWithoutAState()
    {
        var store = CreateSut();
        var participant = new Participant(fails: false);

        await store.CommitAsync([participant], Ct);

        Assert.Equal(1, participant.Writes);
    }

    /// <summary>Counts its writes, or fails as a full disk would.</summary>
    private sealed class Participant(bool fails) : IStateWriteParticipant
    {
        public int Writes { get; private set; }

        public Task WriteAsync(IStateTransaction transaction, CancellationToken cancellationToken)
        {
            if (fails)
                throw new IOException("No space left on the device.");
            Writes++;
            return Task.CompletedTask;
        }
    }
}
