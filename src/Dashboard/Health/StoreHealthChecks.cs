using Microsoft.Extensions.Diagnostics.HealthChecks;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Dashboard.Health;

/// <summary>Healthy when a store answers its ping; the description names its engine and version.</summary>
internal abstract class StoreHealthCheck(string engine, Func<CancellationToken, Task<string>> ping) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return HealthCheckResult.Healthy($"{engine}: {await ping(cancellationToken)}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{engine} does not answer: {ex.Message}");
        }
    }
}

internal sealed class AnalyticStoreHealthCheck(IAnalyticStore store) : StoreHealthCheck(store.Engine, store.PingAsync);

internal sealed class AppStoreHealthCheck(IAppStore store) : StoreHealthCheck(store.Engine, store.PingAsync);
