using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Agent.Security;

namespace RdpHelpBot.Agent.Tests.Service.Security;

public sealed class NonceCacheTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    private NonceCache CreateSut(int capacity = 100) => new(time, TimeSpan.FromMinutes(10), capacity);

    [Fact]
    public void TryRemember_SameNonceTwice_IsReplayedTheSecondTime()
    {
        var cache = CreateSut();
        cache.TryRemember("nonce-aaaaaaaaaaaa");

        Assert.Equal(NonceOutcome.Replayed, cache.TryRemember("nonce-aaaaaaaaaaaa"));
    }

    [Fact]
    public void TryRemember_SameNonceAfterItExpired_IsFreshAgain()
    {
        var cache = CreateSut();
        cache.TryRemember("nonce-aaaaaaaaaaaa");
        time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(NonceOutcome.Fresh, cache.TryRemember("nonce-aaaaaaaaaaaa"));
    }

    [Fact]
    public void TryRemember_CacheFull_RefusesNewNonces()
    {
        var cache = CreateSut(capacity: 2);
        cache.TryRemember("nonce-1");
        cache.TryRemember("nonce-2");

        Assert.Equal(NonceOutcome.Full, cache.TryRemember("nonce-3"));
    }
}
