using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.Analytics.Integration.Tests.Api;

public class SeriesApiTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task Each_point_carries_its_interval_and_place_on_the_chart_as_the_methods_API_gives_them()
    {
        var series = await host.Client.GetFromJsonAsync<JsonElement>("/api/indicators/cpp_repeat_pct/series?area=E06000019");
        var quarters = series.GetProperty("points").EnumerateArray().Where(p => p.GetProperty("period").GetString()!.Contains(" Q", StringComparison.Ordinal)).ToList();
        var spc = series.GetProperty("spc");

        Assert.Equal("FinancialQuarter", spc.GetProperty("periodKind").GetString());
        var chart = await (await host.Client.PostAsJsonAsync("/api/methods/spc", new
        {
            values = quarters.Select(p => p.GetProperty("value").GetDouble()),
            improvement = "decrease",
        })).Content.ReadFromJsonAsync<JsonElement>();
        foreach (var field in new[] { "mean", "lowerLimit", "upperLimit", "lowerNearLimit", "upperNearLimit" })
        {
            Assert.Equal(chart.GetProperty(field).GetDouble(), spc.GetProperty(field).GetDouble(), 12);
        }

        Assert.Equal(chart.GetProperty("variation").GetString(), spc.GetProperty("variation").GetString());
        Assert.Equal(
            chart.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("pointType").GetString(), p.GetProperty("rule").GetString())),
            quarters.Select(p => (p.GetProperty("spc").GetProperty("pointType").GetString(), p.GetProperty("spc").GetProperty("rule").GetString())));
        Assert.All(
            series.GetProperty("points").EnumerateArray().Where(p => !p.GetProperty("period").GetString()!.Contains(" Q", StringComparison.Ordinal)),
            p => Assert.Equal(JsonValueKind.Null, p.GetProperty("spc").ValueKind));

        var latest = quarters[^1];
        var interval = await (await host.Client.PostAsJsonAsync("/api/methods/ci", new
        {
            numerator = latest.GetProperty("numerator").GetDouble(),
            denominator = latest.GetProperty("denominator").GetDouble(),
            kind = "proportion",
            multiplier = 100,
        })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("wilson", latest.GetProperty("intervalMethod").GetString());
        Assert.Equal(interval.GetProperty("lower").GetDouble(), latest.GetProperty("lowerCi").GetDouble(), 12);
        Assert.Equal(interval.GetProperty("upper").GetDouble(), latest.GetProperty("upperCi").GetDouble(), 12);
    }

    [Fact]
    public async Task Home_area_series_has_every_demo_quarter_with_numerator_and_denominator()
    {
        var series = await host.Client.GetFromJsonAsync<JsonElement>("/api/indicators/contacts_24h_pct/series?area=E06000019");

        var quarters = series.GetProperty("points").EnumerateArray().Where(p => p.GetProperty("period").GetString()!.Contains(" Q", StringComparison.Ordinal)).ToList();
        Assert.Equal(26, quarters.Count);
        Assert.Equal("2019-20 Q1", quarters[0].GetProperty("period").GetString());
        Assert.Equal("2025-26 Q2", quarters[^1].GetProperty("period").GetString());
        Assert.All(quarters.Where(q => q.GetProperty("status").GetString() == "final"), q =>
        {
            var value = q.GetProperty("value").GetDouble();
            var expected = q.GetProperty("numerator").GetDouble() / q.GetProperty("denominator").GetDouble() * 100;
            Assert.Equal(expected, value, 0.051);
            Assert.Equal("Children's social care return", q.GetProperty("source").GetString());
        });
    }

    [Fact]
    public async Task Comparator_values_are_the_published_lait_figures()
    {
        // LAIT publishes Herefordshire's CP plans per 10,000 at 31 March 2024 under time_period 2024: the board's 2023-24.
        var published = LaitFile.Value("CPP_rate", "2024", "884");

        var series = await host.Client.GetFromJsonAsync<JsonElement>("/api/indicators/cpp_rate_per_10k/series?area=884");

        var point = series.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("period").GetString() == "2023-24");
        Assert.Equal(published, point.GetProperty("value").GetDouble(), 1e-9);
        Assert.Equal("LAIT", point.GetProperty("source").GetString());
    }

    [Fact]
    public async Task England_first_time_entrants_are_never_served_as_a_rate()
    {
        var series = await host.Client.GetFromJsonAsync<JsonElement>("/api/indicators/fte_rate_per_100k/series?area=E92000001");

        var points = series.GetProperty("points").EnumerateArray().ToList();
        Assert.NotEmpty(points);
        Assert.All(points, p =>
        {
            Assert.Equal(JsonValueKind.Null, p.GetProperty("value").ValueKind);
            Assert.Equal("invalid", p.GetProperty("status").GetString());
        });
    }

    [Fact]
    public async Task Missing_area_is_a_clear_400()
    {
        var response = await host.Client.GetAsync("/api/indicators/cpp_rate_per_10k/series");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("area", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_area_is_a_clear_404()
    {
        var response = await host.Client.GetAsync("/api/indicators/cpp_rate_per_10k/series?area=E99999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>Reads one published figure straight from the LAIT file the service loads, as an independent check.</summary>
internal static class LaitFile
{
    public static double Value(string measure, string timePeriod, string laNumber)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "comparators", "lait_safeguarding_indicators_long.csv");
        var prefix = $"{measure},{timePeriod},{laNumber},";
        var line = File.ReadLines(path).Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return Math.Round(double.Parse(line.Split(',')[^1], CultureInfo.InvariantCulture), 6);
    }
}
