using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Safeguarding.Analytics.Warehouse.ReferenceData;

public static class ReferenceDataServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ReferenceDataSet"/> (and its <see cref="Domain.Areas.AreaDirectory"/>) as singletons read on first use.</summary>
    public static IServiceCollection AddReferenceData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ReferenceDataOptions>()
            .Configure(o => o.Path = configuration[$"{ReferenceDataOptions.SectionName}:{nameof(ReferenceDataOptions.Path)}"]);
        services.AddSingleton(sp => ReferenceDataFolder.Locate(sp.GetRequiredService<IOptions<ReferenceDataOptions>>().Value));
        services.AddSingleton(sp => ReferenceDataSet.Load(sp.GetRequiredService<ReferenceDataFolder>()));
        services.AddSingleton(sp => sp.GetRequiredService<ReferenceDataSet>().Areas);
        return services;
    }
}
