using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.Accounts;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Storage;
using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Integration.Tests.Returns;

/// <summary>
/// ClickHouse dies while a return is loading: the job fails and is retried by Hangfire, and once the server is back
/// exactly one copy of the submission is visible.
/// </summary>
public class ReturnLoadOutageTests
{
    [Fact]
    public async Task A_crash_mid_load_fails_the_job_and_the_retry_after_recovery_lands_exactly_one_copy()
    {
        await using var server = await OwnClickHouseServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Warehouse:Engine"] = "ClickHouse",
            ["Warehouse:ClickHouseDatabase"] = "outage",
            ["ConnectionStrings:ClickHouse"] = server.ConnectionString,
            ["Board:LoadDemoData"] = "false",
            ["Hangfire:SchedulePollingSeconds"] = "1",
        };
        using var factory = new DashboardFactory(settings: settings);
        using var crashing = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IAnalyticStore>(_ => new CrashOnFirstLoad(
                new ClickHouseAnalyticStore(new ClickHouseAnalyticStoreOptions(server.ConnectionString, "outage")), server))));
        var client = DashboardFactory.CreateClientAs(crashing, BoardRoles.Analyst);

        var accepted = await client.PostAsync("/api/returns", ReturnFiles.Form(ReturnFiles.Police("2024-25 Q1")));
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var failed = await WaitForFailureAsync(client, id);

        Assert.Equal("retrying", failed.GetProperty("status").GetString());
        Assert.Equal(1, failed.GetProperty("attempts").GetInt32());
        Assert.StartsWith("retrying (attempt 1 of 6), last error: ", failed.GetProperty("statusInWords").GetString(), StringComparison.Ordinal);
        await server.StartAgainAsync();
        var detail = await SubmissionPolling.WaitAsync(client, id, TimeSpan.FromSeconds(90));

        Assert.Equal("loaded", SubmissionPolling.Status(detail));
        Assert.True(detail.GetProperty("submission").GetProperty("attempts").GetInt32() >= 2);
        var loads = (await client.GetFromJsonAsync<JsonElement>("/api/loads")).EnumerateArray()
            .Where(l => l.GetProperty("submissionKey").GetString() == $"submission:{id}").ToList();
        Assert.Single(loads);
        Assert.Equal(5, loads[0].GetProperty("rowCount").GetInt64());
        foreach (var indicator in new[] { "repeat_da_pct", "marac_cases_rate_per_10k", "da_notifications_timely_pct" })
        {
            var all = await client.GetFromJsonAsync<JsonElement>($"/api/indicators/{indicator}/series?area=E06000019&versions=all");
            var point = Assert.Single(all.GetProperty("points").EnumerateArray());
            Assert.Equal(1, point.GetProperty("version").GetInt32());
        }
    }

    private static async Task<JsonElement> WaitForFailureAsync(HttpClient client, long id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var submission = (await client.GetFromJsonAsync<JsonElement>($"/api/submissions/{id}")).GetProperty("submission");
            if (submission.GetProperty("failureMessage").ValueKind == JsonValueKind.String)
            {
                return submission;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Submission {id} never recorded the failed attempt.");
    }
}
