using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Integration.Tests.Returns;

namespace Safeguarding.Analytics.Integration.Tests.Api;

/// <summary>
/// The exceptions register through the real host: the demo's planted events are flagged at start; a return with a
/// figure far outside the chart's limits raises a flag after its load, and the corrected return clears it — kept, not
/// deleted, never duplicated.
/// </summary>
public class ExceptionsApiTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    private const string Quarter = "2025-26 Q3";

    [Fact]
    public async Task The_demo_s_planted_rise_in_long_child_protection_plans_is_an_open_exception_with_its_evidence()
    {
        // The analyst reads the evidence: the series has small counts, so everyone else reads the finding without it.
        using var analyst = host.Factory.CreateClientAs(Domain.Readers.BoardRoles.Analyst);
        var flags = await WaitForAsync("?indicator=cpp_2yrs_plus_pct&kind=spc_concern&status=open", list => list.Count > 0, analyst);

        var latest = flags.Single(f => f.GetProperty("period").GetString() == "2025-26 Q2");
        Assert.Equal("high", latest.GetProperty("severity").GetString());
        Assert.Equal("E06000019", latest.GetProperty("area").GetString());
        var evidence = latest.GetProperty("evidence");
        Assert.Equal("outside_limits", evidence.GetProperty("rule").GetString());
        Assert.True(evidence.GetProperty("value").GetDouble() > evidence.GetProperty("upperLimit").GetDouble());
        Assert.Contains("Making Data Count", latest.GetProperty("method").GetString(), StringComparison.Ordinal);
        Assert.Contains(
            await WaitForAsync("?indicator=cpp_2yrs_plus_pct&kind=worsening_trend", list => list.Count > 0),
            f => f.GetProperty("period").GetString() == "2025-26 Q2");
    }

    [Fact]
    public async Task A_figure_far_outside_its_limits_raises_a_flag_and_the_corrected_return_clears_it()
    {
        var bad = ReturnFiles.Police(Quarter).Replace($"repeat_da_pct,E06000019,{Quarter},25.0,30,120", $"repeat_da_pct,E06000019,{Quarter},91.7,110,120", StringComparison.Ordinal);
        Assert.Equal("loaded", SubmissionPolling.Status(await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(bad, agency: "police", period: Quarter))));

        var raised = Assert.Single(await WaitForAsync($"?indicator=repeat_da_pct&period={Quarter}&kind=spc_concern", list => list.Count == 1));
        Assert.Equal(("open", "high"), (raised.GetProperty("status").GetString(), raised.GetProperty("severity").GetString()));
        Assert.Equal(91.7, raised.GetProperty("evidence").GetProperty("value").GetDouble());

        await Task.Delay(1100); // commit times are kept to the second
        var corrected = ReturnFiles.Police(Quarter);
        Assert.Equal("loaded", SubmissionPolling.Status(await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(corrected, agency: "police", period: Quarter))));

        var cleared = Assert.Single(await WaitForAsync(
            $"?indicator=repeat_da_pct&period={Quarter}&kind=spc_concern",
            list => list.Count == 1 && list[0].GetProperty("status").GetString() == "cleared"));
        Assert.Equal(raised.GetProperty("id").GetInt64(), cleared.GetProperty("id").GetInt64());
        Assert.Equal(raised.GetProperty("firstSeen").GetDateTime(), cleared.GetProperty("firstSeen").GetDateTime());
        Assert.NotEqual(JsonValueKind.Null, cleared.GetProperty("clearedAt").ValueKind);
    }

    [Theory]
    [InlineData("?kind=bad_news")]
    [InlineData("?severity=urgent")]
    [InlineData("?status=closed")]
    [InlineData("?limit=0")]
    public async Task Unknown_filters_get_a_400(string query)
    {
        var response = await host.Client.GetAsync("/api/exceptions" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<List<JsonElement>> WaitForAsync(string query, Func<List<JsonElement>, bool> done, HttpClient? client = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        List<JsonElement> flags;
        do
        {
            flags = (await (client ?? host.Client).GetFromJsonAsync<JsonElement>("/api/exceptions" + query)).EnumerateArray().ToList();
            if (done(flags))
            {
                return flags;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"The register never showed what was expected for {query}: {flags.Count} flags.");
    }
}
