using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Integration.Tests.Returns;

/// <summary>
/// The warehouse refuses a return's load every time: the submission says it is retrying, with the attempt and the
/// last error in words, while Hangfire retries it, then failed with the reason once the retries are spent; the
/// administrator's header counts the failed job. The real host on DuckDB, SQLite and in-memory Hangfire, its retries
/// made short by configuration; and the same on PostgreSQL for the app store and Hangfire.
/// </summary>
public sealed partial class FailingReturnJobTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_return_the_store_keeps_refusing_shows_retrying_with_its_attempt_and_error_then_failed_and_the_admin_sees_the_failed_job(bool postgres)
    {
        using var factory = new DashboardFactory(settings: await SettingsAsync(postgres));
        using var host = factory.WithWebHostBuilder(web => web.ConfigureTestServices(RefuseReturnLoads));
        var analyst = DashboardFactory.CreateClientAs(host, BoardRoles.Analyst);
        var accepted = await analyst.PostAsync("/api/returns", ReturnFiles.Form(ReturnFiles.Police("2024-25 Q1")));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var retrying = await WaitForStatusAsync(analyst, id, "retrying", TimeSpan.FromSeconds(60));
        var attempt = retrying.GetProperty("attempts").GetInt32();
        var lastError = retrying.GetProperty("failureMessage").GetString()!;
        Assert.InRange(attempt, 1, 5);
        Assert.Equal(6, retrying.GetProperty("attemptsAllowed").GetInt32());
        Assert.StartsWith(RefusingLoads.Refusal, lastError, StringComparison.Ordinal);
        Assert.DoesNotMatch(Digit(), lastError);
        Assert.DoesNotContain(" at ", lastError, StringComparison.Ordinal);
        Assert.Matches(RetryingWords(), retrying.GetProperty("statusInWords").GetString()!);
        Assert.EndsWith($"last error: {lastError}", retrying.GetProperty("statusInWords").GetString()!, StringComparison.Ordinal);
        var listed = await analyst.GetFromJsonAsync<JsonElement>("/api/submissions?status=retrying");
        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("id").GetInt64() == id);
        var page = await analyst.GetStringAsync(new Uri($"/submissions/{id}", UriKind.Relative));
        var history = await analyst.GetStringAsync(new Uri("/submissions", UriKind.Relative));
        foreach (var html in new[] { page, history })
        {
            Assert.Matches(RetryingWords(), WebUtility.HtmlDecode(html));
            Assert.Contains($"last error: {lastError}", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }

        var failed = await WaitForStatusAsync(analyst, id, "failed", TimeSpan.FromSeconds(180));
        Assert.Equal(6, failed.GetProperty("attempts").GetInt32());
        var reason = failed.GetProperty("failureMessage").GetString()!;
        Assert.StartsWith(RefusingLoads.Refusal, reason, StringComparison.Ordinal);
        Assert.DoesNotMatch(Digit(), reason);
        Assert.Equal($"failed after 6 attempts: {reason}", failed.GetProperty("statusInWords").GetString());
        Assert.NotEqual(JsonValueKind.Null, failed.GetProperty("processedAt").ValueKind);
        Assert.Contains($"failed after 6 attempts: {reason}", WebUtility.HtmlDecode(await analyst.GetStringAsync(new Uri($"/submissions/{id}", UriKind.Relative))), StringComparison.Ordinal);
        Assert.DoesNotContain((await analyst.GetFromJsonAsync<JsonElement>("/api/loads")).EnumerateArray(),
            l => l.GetProperty("submissionKey").GetString() == $"submission:{id}");

        var admin = DashboardFactory.CreateClientAs(host, BoardRoles.Admin);
        var audited = await admin.GetFromJsonAsync<JsonElement>($"/api/audit?action=return.failed&subject=submission:{id}");
        Assert.EndsWith($"failed after 6 attempts: {reason}", Assert.Single(audited.EnumerateArray()).GetProperty("detail").GetString()!, StringComparison.Ordinal);
        var header = await WaitForFailedJobsAsync(admin, 1);
        Assert.Contains("href=\"/hangfire/jobs/failed\"", header, StringComparison.Ordinal);
        Assert.Contains(">1 failed job</a>", header, StringComparison.Ordinal);
        foreach (var role in new[] { BoardRoles.Analyst, BoardRoles.QaMember, BoardRoles.BoardMember })
        {
            var overview = await DashboardFactory.CreateClientAs(host, role).GetStringAsync(new Uri("/", UriKind.Relative));
            Assert.DoesNotContain("data-testid=\"failed-jobs\"", overview, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Short retries: the first waits long enough for the pages to be read while the submission is retrying. On
    /// PostgreSQL, the app store and Hangfire each get a database of their own.
    /// </summary>
    private static async Task<Dictionary<string, string?>> SettingsAsync(bool postgres)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Board:LoadDemoData"] = "false",
            ["Hangfire:SchedulePollingSeconds"] = "1",
            ["Hangfire:RetryDelaysSeconds:0"] = "4",
            ["Hangfire:RetryDelaysSeconds:1"] = "1",
        };
        if (postgres)
        {
            settings["AppStore:Engine"] = "Postgres";
            settings["ConnectionStrings:AppStore"] = await NewPostgresDatabaseAsync("appstore");
            settings["Hangfire:Storage"] = "Postgres";
            settings["ConnectionStrings:Hangfire"] = await NewPostgresDatabaseAsync("hangfire");
        }

        return settings;
    }

    private static async Task<string> NewPostgresDatabaseAsync(string kind)
    {
        var database = $"{kind}_{Guid.NewGuid():N}";
        await using (var admin = NpgsqlDataSource.Create(TestServers.Postgres))
        {
            await using var create = admin.CreateCommand($"CREATE DATABASE {database}");
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(TestServers.Postgres) { Database = database }.ConnectionString;
    }

    private static void RefuseReturnLoads(IServiceCollection services)
    {
        var real = services.Single(d => d.ServiceType == typeof(IAnalyticStore));
        services.Remove(real);
        services.AddSingleton<IAnalyticStore>(provider => new RefusingLoads((IAnalyticStore)real.ImplementationFactory!(provider), "submission:"));
    }

    private static async Task<JsonElement> WaitForStatusAsync(HttpClient client, long id, string status, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var submission = (await client.GetFromJsonAsync<JsonElement>($"/api/submissions/{id}")).GetProperty("submission");
            if (submission.GetProperty("status").GetString() == status)
            {
                return submission;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Submission {id} never became {status}: {submission}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The overview as the administrator reads it, once its header counts the failed jobs expected.</summary>
    private static async Task<string> WaitForFailedJobsAsync(HttpClient admin, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var html = await admin.GetStringAsync(new Uri("/", UriKind.Relative));
            if (html.Contains($"data-testid=\"failed-jobs\" data-count=\"{expected}\"", StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                Assert.Contains($"data-testid=\"failed-jobs\" data-count=\"{expected}\"", html, StringComparison.Ordinal);
                return html;
            }

            await Task.Delay(200);
        }
    }

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"retrying \(attempt [1-6] of 6\), last error: ")]
    private static partial Regex RetryingWords();
}
