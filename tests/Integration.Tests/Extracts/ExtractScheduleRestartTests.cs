using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Safeguarding.Analytics.Tests.Support;

namespace Safeguarding.Analytics.Integration.Tests.Extracts;

/// <summary>
/// Extract schedules live in the app store, so they come back in Hangfire at every start on either job storage; the
/// timetable's defaults are made once, and an analyst's edit or deletion of one stands.
/// </summary>
public sealed class ExtractScheduleRestartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sga-extract-jobs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Schedules_edits_and_deletions_survive_a_restart(bool postgres)
    {
        var settings = postgres ? await PostgresHangfireAsync() : new Dictionary<string, string?> { ["Board:LoadDemoData"] = "false" };
        string ownId;
        using (var first = new DashboardFactory(_folder, settings))
        {
            using var client = first.CreateClient();
            var earlyHelp = await client.GetFromJsonAsync<JsonElement>("/api/extracts/early-help");
            var edited = await client.PutAsJsonAsync("/api/extracts/early-help", new
            {
                title = "Early Help, as we read it",
                theme = earlyHelp.GetProperty("theme").GetString(),
                priorityIds = ExtractPolling.Ids("early_help_thresholds", "neglect"),
                areaRoles = ExtractPolling.Ids("home", "england"),
                periods = new { lastQuarters = 8 },
                format = "csv",
                schedule = new { kind = "cron", cron = "0 6 2 * *" },
            });
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/extracts/multi-agency-training")).StatusCode);
            ownId = (await ExtractPolling.DefineAsync(client, new
            {
                title = "Monthly youth justice",
                theme = "Youth Offending",
                indicatorIds = ExtractPolling.Ids("fte_rate_per_100k"),
                areaRoles = ExtractPolling.Ids("home", "neighbours"),
                periods = new { from = "2022-23 Q1", to = "2024-25 Q4" },
                format = "xlsx",
                schedule = new { kind = "board-meeting", workingDaysBefore = 3, boardMonth = 11 },
            })).GetProperty("id").GetString()!;
        }

        // A new in-memory storage starts empty: only the registration at start can bring the schedules back.
        using var second = new DashboardFactory(_folder, settings);
        using var again = second.CreateClient();
        using var connection = second.Services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j.Cron);

        Assert.Equal("0 6 2 * *", recurring["deep-dive-extract:early-help"]);
        Assert.Matches(@"^0 7 \d{1,2} (10|11) \*$", recurring[$"deep-dive-extract:{ownId}"]);
        Assert.Matches(@"^0 7 \d{1,2} [45] \*$", recurring["deep-dive-extract:cse-and-missing"]);
        Assert.DoesNotContain("deep-dive-extract:multi-agency-training", recurring.Keys);

        var extracts = (await again.GetFromJsonAsync<JsonElement>("/api/extracts")).EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Equal("Early Help, as we read it", extracts["early-help"].GetProperty("title").GetString());
        Assert.Equal("xlsx", extracts[ownId].GetProperty("format").GetString());
        Assert.False(extracts.ContainsKey("multi-agency-training"));
        Assert.Equal(5, extracts.Count);
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
