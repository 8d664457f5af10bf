using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Integration.Tests.Returns;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Schedules;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Integration.Tests.Extracts;

/// <summary>
/// An analyst defines an extract, runs it now and downloads the file: its rows are the warehouse's, a figure on a
/// small count is blank with the reason, and the run and the download are in the audit trail.
/// </summary>
public class ExtractsApiTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    private const string Quarter = "2020-21 Q2";
    private const string Home = "E06000019";

    [Fact]
    public async Task The_timetables_deep_dives_are_defined_and_scheduled_on_first_start()
    {
        var extracts = (await host.Client.GetFromJsonAsync<JsonElement>("/api/extracts")).EnumerateArray().ToList();

        foreach (var deepDive in ReportingTimetable.DeepDives)
        {
            var extract = extracts.Single(e => e.GetProperty("id").GetString() == deepDive.Id);
            Assert.Equal(deepDive.Theme, extract.GetProperty("theme").GetString());
            Assert.Equal("xlsx", extract.GetProperty("format").GetString());
            Assert.Equal(deepDive.PriorityIds, extract.GetProperty("priorityIds").EnumerateArray().Select(p => p.GetString()));
            Assert.StartsWith("10 working days before the ", extract.GetProperty("scheduleInWords").GetString(), StringComparison.Ordinal);
            var next = extract.GetProperty("nextRunUtc").GetDateTime();
            Assert.True(next > DateTime.UtcNow && next < DateTime.UtcNow.AddYears(1).AddDays(1), $"{deepDive.Id} next runs {next:u}");
        }

        using var connection = host.Factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j.Cron);
        Assert.Matches(@"^0 7 \d{1,2} (1|12) \*$", recurring["deep-dive-extract:early-help"]);
    }

    [Fact]
    public async Task An_extract_run_now_gives_the_warehouses_rows_with_a_small_count_suppressed_and_is_audited()
    {
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        var small = ReturnFiles.Police(Quarter).Replace($"repeat_da_pct,{Home},{Quarter},25.0,30,120", $"repeat_da_pct,{Home},{Quarter},2.5,3,120", StringComparison.Ordinal);
        Assert.Equal("loaded", SubmissionPolling.Status(await SubmissionPolling.SendAndWaitAsync(analyst, ReturnFiles.Form(small, agency: "police", period: Quarter))));
        var extract = await ExtractPolling.DefineAsync(analyst, new
        {
            title = "Repeat domestic abuse, \"home\" and England",
            theme = "Domestic Abuse",
            indicatorIds = ExtractPolling.Ids("repeat_da_pct", "da_notifications_timely_pct"),
            areaRoles = ExtractPolling.Ids("england", "home"),
            periods = new { from = "2020-21 Q1", to = "2020-21 Q4" },
            format = "csv",
            schedule = new { kind = "manual" },
        });
        var id = extract.GetProperty("id").GetString()!;
        Assert.Equal("repeat-domestic-abuse-home-and-england", id);

        var runId = await ExtractPolling.RunNowAsync(analyst, id);
        var run = await ExtractPolling.WaitAsync(analyst, id, runId);
        Assert.True(run.GetProperty("status").GetString() == "succeeded", run.ToString());
        var download = await analyst.GetAsync(run.GetProperty("download").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var rows = ExtractPolling.ParseCsv(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));

        var warehouse = host.Factory.Services.GetRequiredService<IAnalyticStore>();
        var england = host.Factory.Services.GetRequiredService<ReferenceDataSet>().Areas.England.Code;
        var expected = await warehouse.QueryAsync(new ObservationQuery
        {
            IndicatorIds = ["repeat_da_pct", "da_notifications_timely_pct"],
            AreaCodes = [Home, england],
            From = Period.Parse("2020-21 Q1"),
            To = Period.Parse("2020-21 Q4"),
        });
        var header = rows[0];
        var data = rows.Skip(1).ToList();
        int Column(string name) => Array.IndexOf(header, name);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, data.Count);
        Assert.Equal(expected.Count, run.GetProperty("rows").GetInt64());
        Assert.Equal(
            expected.Select(o => (o.IndicatorId, o.AreaCode, o.PeriodKey)).Order(),
            data.Select(r => (r[Column("indicator_id")], r[Column("area_code")], r[Column("period")])).Order());

        var suppressed = data.Where(r => r[Column("disclosure")].Length > 0).ToList();
        Assert.Equal(suppressed.Count, run.GetProperty("suppressedFigures").GetInt64());
        var hidden = Assert.Single(data, r => r[Column("indicator_id")] == "repeat_da_pct" && r[Column("area_code")] == Home && r[Column("period")] == Quarter);
        Assert.Contains(hidden, suppressed);
        Assert.Equal(string.Empty, hidden[Column("value")]);
        Assert.Equal(string.Empty, hidden[Column("numerator")]);
        Assert.Contains("fewer than 6", hidden[Column("disclosure")], StringComparison.Ordinal);
        Assert.Equal(bytes.LongLength, run.GetProperty("bytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), run.GetProperty("sha256").GetString());

        var audit = await host.Factory.Services.GetRequiredService<IAppStore>().GetAuditAsync(new AuditFilter { SubjectType = AuditSubjects.Extract, SubjectId = id });
        Assert.Equal(
            [AuditActions.ExtractFileDownloaded, AuditActions.ExtractRunSucceeded, AuditActions.ExtractRunRequested, AuditActions.ExtractDefined],
            audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.StartsWith("analyst.", a.Actor, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_recurring_job_runs_the_extract_as_a_scheduled_run_by_the_system()
    {
        var id = (await ExtractPolling.DefineAsync(host.Client, new
        {
            title = "Scheduled youth justice",
            theme = "Youth Offending",
            priorityIds = ExtractPolling.Ids("youth_justice"),
            areaRoles = ExtractPolling.Ids("home", "england"),
            periods = new { lastQuarters = 4 },
            format = "csv",
            schedule = new { kind = "cron", cron = "0 5 1 1 *" },
        })).GetProperty("id").GetString()!;

        host.Factory.Services.GetRequiredService<IRecurringJobManager>().Trigger($"deep-dive-extract:{id}");

        var deadline = DateTime.UtcNow.AddSeconds(60);
        JsonElement run;
        while (true)
        {
            var runs = await host.Client.GetFromJsonAsync<JsonElement>($"/api/extracts/{id}/runs");
            if (runs.GetArrayLength() == 1 && runs[0].GetProperty("status").GetString() is "succeeded" or "failed")
            {
                run = runs[0];
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No finished scheduled run: {runs}");
            await Task.Delay(200);
        }

        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal("schedule", run.GetProperty("trigger").GetString());
        Assert.Equal(AuditActors.System, run.GetProperty("requestedBy").GetString());
        Assert.True(run.GetProperty("durationSeconds").GetDouble() >= 0);
        var audit = await host.Factory.Services.GetRequiredService<IAppStore>().GetAuditAsync(new AuditFilter { SubjectType = AuditSubjects.Extract, SubjectId = id, Action = AuditActions.ExtractRunSucceeded });
        Assert.Equal(AuditActors.System, Assert.Single(audit).Actor);
    }

    [Fact]
    public async Task A_draft_with_problems_is_refused_naming_each_field_and_nothing_is_stored()
    {
        var before = (await host.Client.GetFromJsonAsync<JsonElement>("/api/extracts")).GetArrayLength();

        var response = await host.Client.PostAsJsonAsync("/api/extracts", new
        {
            title = "Broken",
            theme = "Early Help",
            priorityIds = ExtractPolling.Ids("early_help_thresholds"),
            areaRoles = ExtractPolling.Ids("home"),
            periods = new { lastQuarters = 0 },
            format = "pdf",
            schedule = new { kind = "cron", cron = "61 * * * *" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Contains(problems, p => p.StartsWith("periods.lastQuarters", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("format", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("schedule.cron", StringComparison.Ordinal));
        Assert.Equal(before, (await host.Client.GetFromJsonAsync<JsonElement>("/api/extracts")).GetArrayLength());
    }

    [Fact]
    public async Task Another_analysts_extract_can_be_changed_and_deleted_and_is_then_gone()
    {
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        var draft = new
        {
            title = "Neglect watch",
            theme = "Neglect",
            priorityIds = ExtractPolling.Ids("neglect"),
            areaRoles = ExtractPolling.Ids("home", "neighbours", "region"),
            periods = new { lastQuarters = 4 },
            format = "csv",
            schedule = new { kind = "cron", cron = "0 6 * * 1" },
        };
        var id = (await ExtractPolling.DefineAsync(analyst, draft)).GetProperty("id").GetString()!;

        var changed = await host.Client.PutAsJsonAsync($"/api/extracts/{id}", draft with { schedule = new { kind = "cron", cron = "0 6 * * 2" } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        using (var connection = host.Factory.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            Assert.Equal("0 6 * * 2", connection.GetRecurringJobs().Single(j => j.Id == $"deep-dive-extract:{id}").Cron);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await host.Client.DeleteAsync($"/api/extracts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync($"/api/extracts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.PostAsync($"/api/extracts/{id}/run", null)).StatusCode);
        using (var connection = host.Factory.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            Assert.DoesNotContain(connection.GetRecurringJobs(), j => j.Id == $"deep-dive-extract:{id}");
        }

        // A new extract of the same title gets a new id: the deleted one's runs keep theirs.
        Assert.Equal($"{id}-2", (await ExtractPolling.DefineAsync(analyst, draft)).GetProperty("id").GetString());
    }
}
