using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Ingest.Jobs;

namespace Safeguarding.Analytics.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>Hangfire with the configured storage (in-memory by default, PostgreSQL in production) and its server.</summary>
    public static IServiceCollection AddIngest(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobStorageOptions.Section).Get<JobStorageOptions>() ?? new JobStorageOptions();
        services.AddSingleton(options);
        services.AddHangfire(hangfire =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (options.Storage == JobStorageEngine.Postgres)
            {
                var connectionString = configuration.GetConnectionString("Hangfire");
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Hangfire:Storage is Postgres but ConnectionStrings:Hangfire is empty.");
                }

                hangfire.UsePostgreSqlStorage(storage => storage.UseNpgsqlConnection(connectionString));
            }
            else
            {
                hangfire.UseInMemoryStorage();
            }
        });
        services.AddHangfireServer(server => server.WorkerCount = options.WorkerCount);
        return services;
    }
}
