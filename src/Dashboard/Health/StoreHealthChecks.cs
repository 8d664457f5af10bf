using Microsoft.Extensions.Diagnostics.HealthChecks;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Dashboard.Health;

/// <summary>Healthy when the analytic store answers; the description names its engine and version.</summary>
internal sealed class AnalyticStoreHealthCheck(IAnalyticStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return HealthCheckResult.Healthy($"{store.Engine}: {await store.PingAsync(cancellationToken)}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{store.Engine} does not answer: {ex.Message}");
        }
    }
}

/// <summary>Healthy when the app store answers; the description names its engine and version.</summary>
internal sealed class AppStoreHealthCheck(IAppStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return HealthCheckResult.Healthy($"{store.Engine}: {await store.PingAsync(cancellationToken)}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{store.Engine} does not answer: {ex.Message}");
        }
    }
}
