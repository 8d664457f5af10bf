using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Safeguarding.Analytics.Integration.Tests.Api;

/// <summary>The methods API through the real host, on the figures the reference implementations publish.</summary>
public class MethodsApiTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task A_proportion_gets_the_Wilson_interval_and_a_small_rate_the_exact_one()
    {
        var wilson = await PostAsync("/api/methods/ci", new { numerator = 1, denominator = 100, kind = "proportion", multiplier = 1, confidence = 0.95 });
        var exact = await PostAsync("/api/methods/ci", new { numerator = 5, denominator = 100, kind = "rate", multiplier = 100_000 });
        var byar = await PostAsync("/api/methods/ci", new { numerator = 50, denominator = 1000, kind = "rate", multiplier = 1000 });

        Assert.Equal("wilson", wilson.GetProperty("method").GetString());
        Assert.Equal(0.01, wilson.GetProperty("value").GetDouble(), 1e-15);
        Assert.Equal(0.0017674320641406511, wilson.GetProperty("lower").GetDouble(), 1e-15);
        Assert.Equal(0.054486196178705294, wilson.GetProperty("upper").GetDouble(), 1e-15);
        Assert.Equal("exact", exact.GetProperty("method").GetString());
        Assert.Equal(1623.4863901184199, exact.GetProperty("lower").GetDouble(), 1e-9);
        Assert.Equal(11668.332079322669, exact.GetProperty("upper").GetDouble(), 1e-9);
        Assert.Equal("byar", byar.GetProperty("method").GetString());
        Assert.Equal(50.0, byar.GetProperty("value").GetDouble(), 1e-12);
    }

    [Theory]
    [InlineData(100.0, 90.0, 110.0, 95.0, "high", "similar")]
    [InlineData(100.0, 96.0, 104.0, 90.0, "high", "better")]
    [InlineData(100.0, 96.0, 104.0, 90.0, "low", "worse")]
    [InlineData(100.0, 96.0, 104.0, 90.0, "neutral", "higher")]
    public async Task A_value_is_benchmarked_by_its_interval_and_polarity(double value, double lower, double upper, double benchmark, string polarity, string expected)
    {
        var answer = await PostAsync("/api/methods/benchmark", new { value, lower95 = lower, upper95 = upper, benchmark, polarity });

        Assert.Equal(expected, answer.GetProperty("result").GetString());
    }

    [Fact]
    public async Task The_XmR_chart_of_1_to_10_has_mean_5_5_and_limits_2_84_and_8_16()
    {
        var chart = await PostAsync("/api/methods/spc", new { values = Enumerable.Range(1, 10).Select(i => (double)i), improvement = "increase", screenOutliers = true, runLength = 7, target = (double?)null });

        Assert.Equal(5.5, chart.GetProperty("mean").GetDouble(), 1e-12);
        Assert.Equal(2.84, chart.GetProperty("lowerLimit").GetDouble(), 1e-12);
        Assert.Equal(8.16, chart.GetProperty("upperLimit").GetDouble(), 1e-12);
        Assert.True(chart.GetProperty("trialLimits").GetBoolean());
        var points = chart.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(10, points.Count);
        Assert.Equal("special_cause_improvement", points[^1].GetProperty("pointType").GetString());
        Assert.Equal("outside_limits", points[^1].GetProperty("rule").GetString());
        Assert.Equal("none", chart.GetProperty("assurance").GetString());
    }

    [Fact]
    public async Task A_falling_series_has_S_minus_10_exact_p_0_016667_and_Sen_slope_minus_5()
    {
        var trend = await PostAsync("/api/methods/trend", new { values = new[] { 50.0, 45, 40, 35, 30 } });

        Assert.Equal(-10, trend.GetProperty("s").GetDouble());
        Assert.Equal(0.016667, trend.GetProperty("pExact").GetDouble(), 1e-6);
        Assert.Equal(-5, trend.GetProperty("senSlope").GetDouble());
        Assert.Equal(-1, trend.GetProperty("tau").GetDouble(), 1e-12);
    }

    [Fact]
    public async Task A_tied_series_has_no_exact_p_and_degenerate_series_are_answered()
    {
        var tied = await PostAsync("/api/methods/trend", new { values = new[] { 1.0, 1, 2, 3 } });
        var empty = await PostAsync("/api/methods/spc", new { values = Array.Empty<double>() });
        var flat = await PostAsync("/api/methods/spc", new { values = new[] { 4.0, 4, 4, 4, 4 } });

        Assert.Equal(JsonValueKind.Null, tied.GetProperty("pExact").ValueKind);
        Assert.Empty(empty.GetProperty("points").EnumerateArray());
        Assert.Equal(4.0, flat.GetProperty("mean").GetDouble());
        Assert.All(flat.GetProperty("points").EnumerateArray(), p => Assert.Equal("common_cause", p.GetProperty("pointType").GetString()));
    }

    [Fact]
    public async Task A_table_of_counts_leaves_with_its_small_count_hidden_and_a_partner_in_its_row_and_column()
    {
        var answer = await PostAsync("/api/methods/disclosure", new { counts = new[] { new[] { 12L, 3, 40 }, [25, 18, 33], [9, 14, 27] } });

        var cells = answer.GetProperty("cells").EnumerateArray().Select(r => r.EnumerateArray().ToList()).ToList();
        static bool Hidden(JsonElement cell) => cell.GetProperty("value").ValueKind == JsonValueKind.Null;
        Assert.True(Hidden(cells[0][1]));
        Assert.Contains("fewer than 6", cells[0][1].GetProperty("suppressed").GetString(), StringComparison.Ordinal);
        Assert.True(cells[0].Count(Hidden) >= 2, "a second figure in the first row is hidden, or its total gives the 3 away");
        Assert.True(cells.Count(r => Hidden(r[1])) >= 2, "a second figure in the second column is hidden, or its total gives the 3 away");
        Assert.Contains(cells.SelectMany(r => r), c => c.GetProperty("suppressed").GetString() is { } why && why.Contains("worked out from the totals", StringComparison.Ordinal));
        Assert.Equal(181, answer.GetProperty("grandTotal").GetProperty("value").GetInt64());
        Assert.Equal(cells.SelectMany(r => r).Count(Hidden), answer.GetProperty("suppressedFigures").GetInt32());
    }

    [Theory]
    [InlineData("/api/methods/ci", "{\"numerator\":5,\"denominator\":3,\"kind\":\"proportion\"}", "cannot be larger than the denominator")]
    [InlineData("/api/methods/ci", "{\"numerator\":-1,\"denominator\":3,\"kind\":\"rate\"}", "zero or more")]
    [InlineData("/api/methods/ci", "{\"numerator\":1,\"denominator\":3,\"kind\":\"odds\"}", "not one of proportion, rate")]
    [InlineData("/api/methods/ci", "{\"numerator\":1}", "numerator and a denominator")]
    [InlineData("/api/methods/ci", "{\"numerator\":1,\"denominator\":3,\"kind\":\"rate\",\"confidence\":95}", "")]
    [InlineData("/api/methods/benchmark", "{\"value\":1,\"lower95\":0,\"upper95\":2,\"benchmark\":1,\"polarity\":\"up\"}", "not one of high, low, neutral")]
    [InlineData("/api/methods/spc", "{\"values\":[1,2,3],\"runLength\":5}", "runLength is 5")]
    [InlineData("/api/methods/spc", "{\"values\":[1,2,3],\"improvement\":\"up\"}", "not one of increase, decrease, neutral")]
    [InlineData("/api/methods/trend", "{}", "oldest first")]
    [InlineData("/api/methods/disclosure", "{\"counts\":[[1,2],[3]]}", "Row 2 has 1 count where the first row has 2")]
    [InlineData("/api/methods/disclosure", "{\"counts\":[[1,-2]]}", "Row 1, column 2 is -2")]
    [InlineData("/api/methods/disclosure", "{\"counts\":[]}", "one array of counts per row")]
    [InlineData("/api/methods/trend", "{\"values\":[1,\"two\",3]}", "not the JSON this method takes")]
    [InlineData("/api/methods/trend", "{\"values\":[1,2", "not the JSON this method takes")]
    [InlineData("/api/methods/trend", "", "not the JSON this method takes")]
    public async Task Bad_JSON_and_impossible_figures_get_a_400_that_says_what_is_wrong(string url, string body, string says)
    {
        var response = await host.Client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(says, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> PostAsync(string url, object body)
    {
        var response = await host.Client.PostAsJsonAsync(url, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
