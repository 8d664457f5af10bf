using Hangfire;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Ingest.Extracts;
using Safeguarding.Analytics.Ingest.Extracts.Scheduling;
using Safeguarding.Analytics.Ingest.Jobs;
using Safeguarding.Analytics.Ingest.Records;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Ingest.Startup;
using Safeguarding.Analytics.Ingest.Submissions;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>
    /// The start-up load, the returns intake, the record feeds and the ingest jobs, and Hangfire with the configured storage (in-memory
    /// by default, PostgreSQL in production), its server and the recurring schedules.
    /// </summary>
    public static IServiceCollection AddIngest(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobStorageOptions.Section).Get<JobStorageOptions>() ?? new JobStorageOptions();
        services.AddSingleton(options);
        var board = configuration.GetSection(BoardOptions.Section).Get<BoardOptions>() ?? new BoardOptions();
        services.AddSingleton(board);
        services.AddSingleton(new BoardMeetingCalendar(board.BoardMeetingDates));
        services.AddSingleton<ExtractScheduleRules>();
        services.AddSingleton(configuration.GetSection(ExtractOptions.Section).Get<ExtractOptions>() ?? new ExtractOptions());
        services.AddSingleton<ExtractScheduler>();
        services.AddTransient<DeepDiveExtractJob>();
        services.AddScoped<ExtractLibrary>();
        var ingest = configuration.GetSection(IngestOptions.Section).Get<IngestOptions>() ?? new IngestOptions();
        services.AddSingleton(ingest);
        services.AddSingleton(new Inbox(ingest.InboxPath));
        services.AddSingleton(configuration.GetSection(ReturnLimits.Section).Get<ReturnLimits>() ?? new ReturnLimits());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<LoadLock>();
        services.AddSingleton<ReturnIntake>();
        services.AddTransient<ProcessReturnJob>();
        services.AddTransient<DemoReturnsReceipt>();
        services.AddTransient<LoadComparatorFileJob>();
        services.AddTransient<InboxWatchJob>();
        services.AddTransient<AnalyticsRefreshJob>();
        services.AddRecordStore(configuration);
        services.AddSingleton(configuration.GetSection(RecordFeedOptions.Section).Get<RecordFeedOptions>() ?? new RecordFeedOptions());
        services.AddSingleton(provider => new LocalAuthorityCodes(provider.GetRequiredService<ReferenceDataSet>().Areas));
        services.AddSingleton<RecordFileReader>();
        services.AddTransient<LoadRecordFileJob>();
        services.AddTransient<DerivedIndicatorsJob>();

        // Registered before the Hangfire server so the stores are ready, and the schedules known, before any job runs.
        services.AddHostedService<StartupLoad>();
        services.AddHostedService<RecordStoreInstall>();
        services.AddHostedService<RecurringScheduleRegistrar>();
        services.AddHostedService<DeepDiveExtractDefaults>();
        // Before AddHangfire, which keeps a filter provider already registered.
        services.AddSingleton<InboxFailedFiles>();
        services.AddSingleton<IJobFilterProvider, IngestJobFilters>();

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

                // A job whose instance died (killed, not stopped) is taken up by another instance after the invisibility
                // timeout; sliding, so a long load on a live instance is never taken up twice. The dead instance's load
                // lock is given up after the lock timeout, so its return is not stuck behind it.
                hangfire.UsePostgreSqlStorage(
                    storage => storage.UseNpgsqlConnection(connectionString),
                    new PostgreSqlStorageOptions
                    {
                        UseSlidingInvisibilityTimeout = true,
                        InvisibilityTimeout = TimeSpan.FromSeconds(options.InvisibilityTimeoutSeconds),
                        DistributedLockTimeout = TimeSpan.FromSeconds(options.DistributedLockTimeoutSeconds),
                    });
            }
            else
            {
                hangfire.UseInMemoryStorage();
            }
        });
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = options.WorkerCount;
            server.Queues = JobQueues.All;
            server.SchedulePollingInterval = TimeSpan.FromSeconds(options.SchedulePollingSeconds);
        });
        return services;
    }
}
