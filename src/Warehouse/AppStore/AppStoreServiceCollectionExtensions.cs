using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Safeguarding.Analytics.Warehouse.AppStore;

public static class AppStoreServiceCollectionExtensions
{
    /// <summary>Registers the configured <see cref="IAppStore"/> (<c>AppStore:Engine</c> = Sqlite | Postgres).</summary>
    public static IServiceCollection AddAppStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(AppStoreOptions.Section).Get<AppStoreOptions>() ?? new AppStoreOptions();
        var connectionString = configuration.GetConnectionString("AppStore");
        services.AddSingleton(options);
        if (options.Engine == AppStoreEngine.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("AppStore:Engine is Postgres but ConnectionStrings:AppStore is empty.");
            }

            services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
            services.AddSingleton<IAppStore>(sp => new PostgresAppStore(sp.GetRequiredService<NpgsqlDataSource>()));
        }
        else
        {
            var sqlite = string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={options.SqlitePath}" : connectionString;
            services.AddSingleton<IAppStore>(new SqliteAppStore(sqlite));
        }

        return services;
    }
}
