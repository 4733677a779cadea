using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace RdpHelpBot.Bot.Storage.Postgres;

/// <summary><c>/healthz</c>'s view of the store: healthy while the PostgreSQL server answers a query.</summary>
internal sealed class PostgresHealthCheck(PostgresDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.QueryAsync("SELECT 1", _ => { }, reader => reader.GetInt32(0), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL at {database.Server} did not answer: {e.Message}", e);
        }
    }
}
