using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Schedules;

namespace Safeguarding.Analytics.Integration.Tests.Returns;

/// <summary>The production job storage (PostgreSQL) runs the ingest jobs, and schedules come back at every start.</summary>
public sealed class JobStorageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sga-jobs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_return_is_processed_by_hangfire_on_postgresql()
    {
        using var factory = new DashboardFactory(_folder, await PostgresHangfireAsync());

        var detail = await SubmissionPolling.SendAndWaitAsync(factory.CreateClient(), ReturnFiles.Form(ReturnFiles.Police("2024-25 Q1")));

        Assert.Equal("loaded", SubmissionPolling.Status(detail));
        Assert.IsType<Hangfire.PostgreSql.PostgreSqlStorage>(factory.Services.GetRequiredService<JobStorage>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Schedules_from_configuration_and_the_app_store_are_registered_again_at_every_start(bool postgres)
    {
        var settings = postgres ? await PostgresHangfireAsync() : new Dictionary<string, string?> { ["Board:LoadDemoData"] = "false" };
        using (var first = new DashboardFactory(_folder, settings))
        {
            first.CreateClient().Dispose();
            await first.Services.GetRequiredService<IAppStore>().SaveScheduleAsync(new RecurringSchedule
            {
                Id = "lait-refresh",
                JobKind = "comparator-file",
                Cron = "0 6 1 * *",
                ArgumentsJson = """{"path": "data/comparators/lait_safeguarding_indicators_long.csv"}""",
            });
        }

        // A new in-memory storage starts empty: only the registration at start can bring the schedules back.
        using var second = new DashboardFactory(_folder, settings);
        second.CreateClient().Dispose();
        using var connection = second.Services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j.Cron);

        Assert.Equal("* * * * *", recurring["inbox-watch"]);
        Assert.Equal("0 6 1 * *", recurring["lait-refresh"]);
    }

    private static async Task<Dictionary<string, string?>> PostgresHangfireAsync()
    {
        var database = $"hangfire_{Guid.NewGuid():N}";
        await using (var admin = NpgsqlDataSource.Create(TestServers.Postgres))
        {
            await using var create = admin.CreateCommand($"CREATE DATABASE {database}");
            await create.ExecuteNonQueryAsync();
        }

        return new Dictionary<string, string?>
        {
            ["Board:LoadDemoData"] = "false",
            ["Hangfire:Storage"] = "Postgres",
            ["ConnectionStrings:Hangfire"] = new NpgsqlConnectionStringBuilder(TestServers.Postgres) { Database = database }.ConnectionString,
        };
    }
}
