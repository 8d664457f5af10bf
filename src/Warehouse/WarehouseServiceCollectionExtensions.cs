using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Warehouse;

public static class WarehouseServiceCollectionExtensions
{
    /// <summary>The reference data, the app store (with its audit trail) and the analytic store, each on its configured engine.</summary>
    public static IServiceCollection AddWarehouse(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddReferenceData(configuration)
            .AddAppStore(configuration)
            .AddSingleton<AuditTrail>()
            .AddAnalyticStore(configuration);
}
