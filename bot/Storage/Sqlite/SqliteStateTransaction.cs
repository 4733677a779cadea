using Microsoft.Data.Sqlite;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>The transaction a turn's state is written in, for what else the turn keeps in the same file.</summary>
internal sealed class SqliteStateTransaction(SqliteConnection connection, SqliteTransaction transaction, PreparedConnection? writer = null) : IStateTransaction
{
    public SqliteCommand CreateCommand(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>
    /// A statement run on every turn, prepared once on the writer's connection (see <see cref="SqliteWriter"/>), with no
    /// parameters bound; the caller does not dispose it.
    /// </summary>
    public SqliteCommand Prepared(string sql) =>
        writer?.Prepared(sql, transaction) ?? throw new InvalidOperationException("Only the writer's transactions have prepared statements.");

    /// <summary>The SQLite transaction of a participant's write; anything else is a store and a participant that do not belong together.</summary>
    public static SqliteStateTransaction Of(IStateTransaction transaction) =>
        transaction as SqliteStateTransaction
        ?? throw new InvalidOperationException($"A SQLite participant was asked to write in a {transaction.GetType().Name}.");
}
