using Microsoft.Data.Sqlite;
using RdpHelpBot.Dialogs.Storage;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary>The transaction a turn's state is written in, for what else the turn keeps in the same file.</summary>
internal sealed class SqliteStateTransaction(SqliteConnection connection, SqliteTransaction transaction) : IStateTransaction
{
    public SqliteCommand CreateCommand(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>The SQLite transaction of a participant's write; anything else is a store and a participant that do not belong together.</summary>
    public static SqliteStateTransaction Of(IStateTransaction transaction) =>
        transaction as SqliteStateTransaction
        ?? throw new InvalidOperationException($"A SQLite participant was asked to write in a {transaction.GetType().Name}.");
}
