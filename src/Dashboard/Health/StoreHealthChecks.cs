using Microsoft.Extensions.Diagnostics.HealthChecks;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Dashboard.Health;

/// <summary>
/// Healthy when a store answers its ping; the description names its engine and version (or why it does not answer),
/// and the data holds the engine and version apart. Only administrators are shown either (see <see cref="HealthEndpoints"/>).
/// </summary>
internal abstract class StoreHealthCheck(string engine, Func<CancellationToken, Task<string>> ping) : IHealthCheck
{
    public const string EngineKey = "engine";

    public const string VersionKey = "version";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await ping(cancellationToken);
            return HealthCheckResult.Healthy(
                $"{engine}: {version}", data: new Dictionary<string, object> { [EngineKey] = engine, [VersionKey] = version });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy(
                $"{engine} does not answer: {ex.Message}", data: new Dictionary<string, object> { [EngineKey] = engine });
        }
    }
}

internal sealed class AnalyticStoreHealthCheck(IAnalyticStore store) : StoreHealthCheck(store.Engine, store.PingAsync);

internal sealed class AppStoreHealthCheck(IAppStore store) : StoreHealthCheck(store.Engine, store.PingAsync);
