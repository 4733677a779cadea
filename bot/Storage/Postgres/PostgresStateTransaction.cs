using Npgsql;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary>The PostgreSQL transaction a turn's state is written in, for what else the turn keeps in the same database.</summary>
internal sealed class PostgresStateTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction) : IStateTransaction
{
    public NpgsqlCommand CreateCommand(string sql) => new(sql, connection, transaction);

    /// <summary>Runs one statement in the transaction; the rows it changed.</summary>
    public async Task<int> ExecuteAsync(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(sql);
        bind(command.Parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The PostgreSQL transaction of a participant's write; anything else is a store and a participant that do not belong together.</summary>
    public static PostgresStateTransaction Of(IStateTransaction transaction) =>
        transaction as PostgresStateTransaction
        ?? throw new InvalidOperationException($"A PostgreSQL participant was asked to write in a {transaction.GetType().Name}.");
}
