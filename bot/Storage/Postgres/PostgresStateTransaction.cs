using Npgsql;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>
/// The PostgreSQL transaction a turn's state is written in, for what else the turn keeps in the same database.
/// Statements whose answer nobody reads (<see cref="Add"/>) wait and go to the server together, in one round trip:
/// when nothing needs an answer before the end, <see cref="CommitAsync"/> sends them all as one batch, which the server
/// runs as one implicit transaction (all of it or none, like <c>BEGIN</c> … <c>COMMIT</c> without those two round
/// trips). A statement that must be answered first (<see cref="ExecuteAsync"/>, <see cref="CommandAsync"/>) begins
/// an explicit transaction and goes with the statements waiting before it.
/// </summary>
internal sealed class PostgresStateTransaction(NpgsqlConnection connection) : IStateTransaction, IAsyncDisposable
{
    private readonly NpgsqlBatch _waiting = new(connection);
    private readonly List<Func<PostgresException, Exception?>> _refusals = [];
    private NpgsqlTransaction? _transaction;

    /// <summary>Adds a statement whose answer is not read, sent with the next one that is, or at the commit; an error in it fails the commit.</summary>
    public NpgsqlBatchCommand Add(string sql, Action<NpgsqlParameterCollection> bind)
    {
        var command = new NpgsqlBatchCommand(sql);
        bind(command.Parameters);
        _waiting.BatchCommands.Add(command);
        return command;
    }

    /// <summary>
    /// Adds a statement as <see cref="Add"/> does, which the server refuses with an error when its condition no longer
    /// holds, failing the whole transaction: the commit then throws what <paramref name="refused"/> makes of the
    /// server's error (null: not this refusal, the error goes as it is).
    /// </summary>
    public void AddRefusable(string sql, Action<NpgsqlParameterCollection> bind, Func<PostgresException, Exception?> refused)
    {
        Add(sql, bind);
        _refusals.Add(refused);
    }

    /// <summary>Runs one statement in the transaction now, after the statements waiting; the rows it changed.</summary>
    public async Task<int> ExecuteAsync(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken)
    {
        var command = Add(sql, bind);
        await SendAsync(cancellationToken);
        return command.RecordsAffected;
    }

    /// <summary>A command in the transaction, for a statement whose rows are read; the statements waiting have been run.</summary>
    public async Task<NpgsqlCommand> CommandAsync(string sql, CancellationToken cancellationToken)
    {
        await SendAsync(cancellationToken);
        return new NpgsqlCommand(sql, connection, _transaction);
    }

    /// <summary>Sends what waits and commits: one round trip when nothing was sent before, else the batch and the <c>COMMIT</c>.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is null)
        {
            if (_waiting.BatchCommands.Count > 0)
                await ExecuteWaitingAsync(cancellationToken);
            _waiting.BatchCommands.Clear();
            return;
        }
        await SendAsync(cancellationToken);
        await _transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Sends what waits inside an explicit transaction (its <c>BEGIN</c> goes in the same round trip).</summary>
    private async Task SendAsync(CancellationToken cancellationToken)
    {
        _transaction ??= await connection.BeginTransactionAsync(cancellationToken);
        if (_waiting.BatchCommands.Count == 0)
            return;
        _waiting.Transaction = _transaction;
        try
        {
            await ExecuteWaitingAsync(cancellationToken);
        }
        finally
        {
            _waiting.BatchCommands.Clear();
        }
    }

    private async Task ExecuteWaitingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _waiting.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (_refusals.Select(refused => refused(e)).FirstOrDefault(refusal => refusal is not null) is { } refusal)
        {
            throw refusal;
        }
    }

    /// <summary>Ends an uncommitted transaction (rolled back); what still waits is never sent.</summary>
    public async ValueTask DisposeAsync()
    {
        await _waiting.DisposeAsync();
        if (_transaction is not null)
            await _transaction.DisposeAsync();
    }

    /// <summary>The PostgreSQL transaction of a participant's write; anything else is a store and a participant that do not belong together.</summary>
    public static PostgresStateTransaction Of(IStateTransaction transaction) =>
        transaction as PostgresStateTransaction
        ?? throw new InvalidOperationException($"A PostgreSQL participant was asked to write in a {transaction.GetType().Name}.");
}
