using Npgsql;
using RdpHelpBot.Bot.Storage.Postgres;

namespace RdpHelpBot.Bot.Tests.Storage.Postgres;

/// <summary>The pool's defaults the bot adds to the operator's connection string, and what the operator's own settings keep.</summary>
public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void WithPoolDefaults_NothingSaid_PreparesStatementsAndSkipsTheReset()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithPoolDefaults("Host=db;Username=bot;Password=secret"));

        Assert.Equal((PostgresConnectionString.AutoPrepared, true, "secret"), (tuned.MaxAutoPrepare, tuned.NoResetOnClose, tuned.Password));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;max auto prepare=0;NO RESET ON CLOSE=false")]
    public void WithPoolDefaults_OperatorSetBoth_KeepsTheOperatorsValues(string connectionString)
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithPoolDefaults(connectionString));

        Assert.Equal((0, false), (tuned.MaxAutoPrepare, tuned.NoResetOnClose));
    }
}
