using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RdpHelpBot.Bot.Storage.Sqlite;

/// <summary><c>/healthz</c>'s view of the store: healthy while a write to the SQLite file commits.</summary>
internal sealed class StorageHealthCheck(SqliteDatabase database) : IHealthCheck
{
    public const string Name = "storage";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.WriteProbeAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (SqliteException e)
        {
            return HealthCheckResult.Unhealthy($"The data file cannot be written: {e.Message}", e);
        }
    }
}
