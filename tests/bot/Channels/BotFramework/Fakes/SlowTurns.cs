using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Fakes;

/// <summary>
/// Makes a conversation's turns as slow as a test wants: each turn reads the conversation's state first, and here that
/// read waits until the test lets the turn go, as a host check that takes its 30 s would, without the test taking them.
/// </summary>
internal sealed class SlowTurns
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _held = new(StringComparer.Ordinal);

    /// <summary>Holds the conversation's turns at their start until <see cref="Release"/>.</summary>
    public void Hold(string conversationId) =>
        _held[conversationId] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release(string conversationId)
    {
        if (_held.TryRemove(conversationId, out var held))
            held.TrySetResult();
    }

    /// <summary>Wraps the host's state store so that its reads wait while their conversation is held.</summary>
    public void Install(IServiceCollection services)
    {
        var registered = services.Last(service => service.ServiceType == typeof(IStateStore));
        services.Remove(registered);
        services.AddSingleton<IStateStore>(provider => new Store(this, (IStateStore)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!))));
    }

    private Task WaitAsync(string key, CancellationToken cancellationToken) =>
        _held.FirstOrDefault(held => key.EndsWith(held.Key, StringComparison.Ordinal)).Value is { } gate
            ? gate.Task.WaitAsync(cancellationToken)
            : Task.CompletedTask;

    private sealed class Store(SlowTurns slow, IStateStore inner) : IStateStore
    {
        public async Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
        {
            await slow.WaitAsync(key, cancellationToken);
            return await inner.ReadAsync(key, cancellationToken);
        }

        public Task<string> WriteAsync(string key, string json, string? expectedETag, IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken) =>
            inner.WriteAsync(key, json, expectedETag, participants, cancellationToken);

        public Task CommitAsync(IReadOnlyList<IStateWriteParticipant> participants, CancellationToken cancellationToken) =>
            inner.CommitAsync(participants, cancellationToken);

        public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

        public Task<IReadOnlyList<StateVersion>> ListWrittenBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
            inner.ListWrittenBeforeAsync(cutoff, cancellationToken);
    }
}
