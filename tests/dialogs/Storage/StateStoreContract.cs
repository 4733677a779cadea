using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Tests.Storage;

/// <summary>What every state store must do; each engine's tests derive from this.</summary>
public abstract class StateStoreContract
{
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
}
