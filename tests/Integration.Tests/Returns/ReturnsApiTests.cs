using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.Analytics.Integration.Tests.Returns;

/// <summary>Partner returns through the real host: upload, Hangfire job, validation, versioned load, history.</summary>
public class ReturnsApiTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task A_valid_return_loads_as_the_agencys_figures_with_its_submission_behind_them()
    {
        var detail = await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(ReturnFiles.Police("2024-25 Q3")));

        var submission = detail.GetProperty("submission");
        Assert.Equal("loaded", submission.GetProperty("status").GetString());
        Assert.Equal("police", submission.GetProperty("agency").GetString());
        Assert.Equal("2024-25 Q3", submission.GetProperty("period").GetString());
        Assert.Equal(5, submission.GetProperty("rowCount").GetInt32());
        var point = await PointAsync("da_notifications_timely_pct", "2024-25 Q3");
        Assert.Equal(95.0, point.GetProperty("value").GetDouble());
        Assert.Equal(380, point.GetProperty("numerator").GetDouble());
        Assert.Equal("Police return", point.GetProperty("source").GetString());
        Assert.Equal(submission.GetProperty("loadId").GetString(), point.GetProperty("loadId").GetString());
    }

    [Fact]
    public async Task The_same_file_twice_is_a_no_op_and_a_resubmission_makes_new_versions_with_history_kept()
    {
        var first = await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(ReturnFiles.Police("2025-26 Q3")));
        var firstLoad = first.GetProperty("submission").GetProperty("loadId").GetString();
        var before = await PointAsync("repeat_da_pct", "2025-26 Q3");
        await Task.Delay(1100); // commit times are kept to the second: the as-of read needs a second between versions
        var asOfFirst = DateTime.UtcNow;
        await Task.Delay(1100);

        var again = await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(ReturnFiles.Police("2025-26 Q3")));
        var changed = await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(ReturnFiles.Police("2025-26 Q3", shift: 6)));

        Assert.Equal("unchanged", SubmissionPolling.Status(again));
        Assert.Equal(first.GetProperty("submission").GetProperty("id").GetInt64(), again.GetProperty("submission").GetProperty("duplicateOf").GetInt64());
        Assert.Equal("loaded", SubmissionPolling.Status(changed));
        Assert.Equal(first.GetProperty("submission").GetProperty("returnVersion").GetInt32() + 1, changed.GetProperty("submission").GetProperty("returnVersion").GetInt32());

        var latest = await PointAsync("repeat_da_pct", "2025-26 Q3");
        Assert.Equal(30.0, latest.GetProperty("value").GetDouble()); // 36 of 120
        Assert.Equal(before.GetProperty("version").GetInt32() + 1, latest.GetProperty("version").GetInt32());
        var asOf = await PointAsync("repeat_da_pct", "2025-26 Q3", $"&asOf={asOfFirst:O}");
        Assert.Equal(before.GetProperty("value").GetDouble(), asOf.GetProperty("value").GetDouble());
        Assert.Equal(firstLoad, asOf.GetProperty("loadId").GetString());
        var all = await host.Client.GetFromJsonAsync<JsonElement>("/api/indicators/repeat_da_pct/series?area=E06000019&from=2025-26 Q3&to=2025-26 Q3&versions=all");
        Assert.Equal(
            [before.GetProperty("version").GetInt32(), latest.GetProperty("version").GetInt32()],
            all.GetProperty("points").EnumerateArray().Where(p => p.GetProperty("source").GetString() == "Police return").Select(p => p.GetProperty("version").GetInt32()));
        var history = changed.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()).ToList();
        Assert.Equal(3, history.Count);
    }

    [Fact]
    public async Task Two_returns_for_the_same_agency_and_quarter_sent_together_load_one_after_the_other()
    {
        var first = await host.Client.PostAsync("/api/returns", ReturnFiles.Form(ReturnFiles.Police("2025-26 Q4", shift: 1)));
        var second = await host.Client.PostAsync("/api/returns", ReturnFiles.Form(ReturnFiles.Police("2025-26 Q4", shift: 2)));
        var ids = new[] { first, second }.Select(r => r.Content.ReadFromJsonAsync<JsonElement>().Result.GetProperty("id").GetInt64()).ToList();

        var decided = new List<JsonElement>();
        foreach (var id in ids)
        {
            decided.Add(await SubmissionPolling.WaitAsync(host.Client, id));
        }

        Assert.All(decided, d => Assert.Equal("loaded", SubmissionPolling.Status(d)));
        Assert.Equal([1, 2], decided.Select(d => d.GetProperty("submission").GetProperty("returnVersion").GetInt32()).Order());
        var all = await host.Client.GetFromJsonAsync<JsonElement>("/api/indicators/repeat_da_pct/series?area=E06000019&from=2025-26 Q4&to=2025-26 Q4&versions=all");
        var points = all.GetProperty("points").EnumerateArray().ToList();
        var versions = points.Select(p => p.GetProperty("version").GetInt32()).ToList();
        Assert.Equal(versions.Distinct().Count(), versions.Count);
        Assert.Equal(2, points.Count(p => p.GetProperty("source").GetString() == "Police return"));
    }

    [Fact]
    public async Task A_file_with_errors_is_refused_whole_with_every_error_by_row_and_column_and_nothing_is_stored()
    {
        var loadsBefore = (await host.Client.GetFromJsonAsync<JsonElement>("/api/loads")).GetArrayLength();
        var csv = ReturnFiles.Police("2026-27 Q1")
            .Replace("repeat_da_pct,E06000019,2026-27 Q1,25.0", "repeat_da_pct,E06000019,2026-27 Q1,125.0", StringComparison.Ordinal)
            .Replace("marac_cases_rate_per_10k,E06000019", "marac_cases_rate_per_10k,E99999999", StringComparison.Ordinal)
            + "cpp_rate_per_10k,E06000019,2026-27 Q1,40.1,,,final,\n";

        var detail = await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(csv, "police_q4.csv", agency: "police"));

        Assert.Equal("rejected", SubmissionPolling.Status(detail));
        var errors = detail.GetProperty("problems").EnumerateArray()
            .Where(p => p.GetProperty("severity").GetString() == "error")
            .Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString()))
            .ToList();
        Assert.Contains((2, "value"), errors);
        Assert.Contains((4, "area_code"), errors);
        Assert.Contains((7, "indicator_id"), errors);
        Assert.Equal(loadsBefore, (await host.Client.GetFromJsonAsync<JsonElement>("/api/loads")).GetArrayLength());
        var series = await host.Client.GetFromJsonAsync<JsonElement>("/api/indicators/da_notifications_timely_pct/series?area=E06000019&from=2026-27 Q1&to=2026-27 Q1");
        Assert.DoesNotContain(series.GetProperty("points").EnumerateArray(), p => p.GetProperty("source").GetString() == "Police return");
    }

    [Fact]
    public async Task The_template_names_the_agency_and_quarter_and_sent_back_unfilled_lists_each_missing_value()
    {
        var template = await host.Client.GetAsync("/api/returns/template?agency=police&period=2024-25 Q1");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.Content.Headers.ContentType?.MediaType);
        var workbook = await template.Content.ReadAsByteArrayAsync();

        var detail = await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(workbook, "police_return.xlsx"));

        Assert.Equal("rejected", SubmissionPolling.Status(detail));
        Assert.Equal("police", detail.GetProperty("submission").GetProperty("agency").GetString());
        Assert.Equal("2024-25 Q1", detail.GetProperty("submission").GetProperty("period").GetString());
        Assert.Equal(5, detail.GetProperty("problems").EnumerateArray().Count(p => p.GetProperty("column").GetString() == "value"));
    }

    [Theory]
    [InlineData("/api/returns/template?agency=fire&period=2024-25 Q1")]
    [InlineData("/api/returns/template?agency=police&period=2024-25")]
    [InlineData("/api/submissions?status=lost")]
    public async Task Bad_requests_get_a_clear_400(string url)
    {
        var response = await host.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("must", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_agency_or_quarter_in_the_form_is_refused_before_anything_is_stored()
    {
        var count = (await host.Client.GetFromJsonAsync<JsonElement>("/api/submissions")).GetArrayLength();

        var agency = await host.Client.PostAsync("/api/returns", ReturnFiles.Form(ReturnFiles.Police("2024-25 Q1"), agency: "fire"));
        var quarter = await host.Client.PostAsync("/api/returns", ReturnFiles.Form(ReturnFiles.Police("2024-25 Q1"), period: "2024"));

        Assert.Equal(HttpStatusCode.BadRequest, agency.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, quarter.StatusCode);
        Assert.Equal(count, (await host.Client.GetFromJsonAsync<JsonElement>("/api/submissions")).GetArrayLength());
    }

    [Fact]
    public async Task The_file_is_kept_exactly_as_received()
    {
        var csv = ReturnFiles.Police("2023-24 Q1");
        var detail = await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(csv, "kept.csv"));

        var kept = await host.Client.GetStringAsync($"/api/submissions/{detail.GetProperty("submission").GetProperty("id").GetInt64()}/file");

        Assert.Equal(csv, kept);
    }

    private async Task<JsonElement> PointAsync(string indicator, string quarter, string extra = "")
    {
        var series = await host.Client.GetFromJsonAsync<JsonElement>(
            $"/api/indicators/{indicator}/series?area=E06000019&from={quarter}&to={quarter}{extra}");
        return series.GetProperty("points").EnumerateArray().Single();
    }
}
