using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Domain.Readers;

namespace Safeguarding.Analytics.Integration.Tests.Api;

/// <summary>Forecasts through the real host on the demo's quarterly returns.</summary>
public class ForecastApiTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task The_planted_rise_in_long_plans_is_forecast_to_go_on_rising_because_the_model_beat_seasonal_naive()
    {
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        var forecast = await analyst.GetFromJsonAsync<JsonElement>("/api/indicators/cpp_2yrs_plus_pct/forecast?area=E06000019");

        Assert.True(forecast.GetProperty("shown").GetBoolean());
        Assert.True(forecast.GetProperty("maseModel").GetDouble() < forecast.GetProperty("maseSeasonalNaive").GetDouble());
        var points = forecast.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(["2025-26 Q3", "2025-26 Q4", "2026-27 Q1", "2026-27 Q2"], points.Select(p => p.GetProperty("period").GetString()));
        Assert.True(points[^1].GetProperty("value").GetDouble() > points[0].GetProperty("value").GetDouble());
        Assert.All(points, p => Assert.True(p.GetProperty("lower").GetDouble() < p.GetProperty("upper").GetDouble()));
    }

    [Fact]
    public async Task A_board_members_forecast_is_fitted_only_on_the_quarters_they_see()
    {
        using var member = host.Factory.CreateClientAs(BoardRoles.BoardMember);
        var series = await member.GetFromJsonAsync<JsonElement>("/api/indicators/cpp_2yrs_plus_pct/series?area=E06000019");
        var forecast = await member.GetFromJsonAsync<JsonElement>("/api/indicators/cpp_2yrs_plus_pct/forecast?area=E06000019");

        var withheld = series.GetProperty("points").EnumerateArray()
            .Where(p => p.GetProperty("suppressed").ValueKind == JsonValueKind.String && p.GetProperty("period").GetString()!.Contains(" Q", StringComparison.Ordinal))
            .Select(p => p.GetProperty("period").GetString()!)
            .ToList();
        Assert.NotEmpty(withheld); // the demo holds quarters on a small count
        var from = forecast.GetProperty("history").GetProperty("from").GetString();
        Assert.True(from is null || string.CompareOrdinal(from, withheld.Max(StringComparer.Ordinal)) > 0, $"The forecast's history from {from} spans a withheld quarter.");
    }

    [Fact]
    public async Task A_series_broken_by_a_missing_return_is_too_short_since_the_gap_to_be_forecast()
    {
        var forecast = await host.Client.GetFromJsonAsync<JsonElement>("/api/indicators/repeat_da_pct/forecast?area=E06000019");

        Assert.False(forecast.GetProperty("shown").GetBoolean());
        Assert.Equal("2024-25 Q3", forecast.GetProperty("history").GetProperty("from").GetString());
        Assert.Contains("at least 13", forecast.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Empty(forecast.GetProperty("points").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/indicators/no_such/forecast?area=E06000019", HttpStatusCode.NotFound)]
    [InlineData("/api/indicators/cpp_2yrs_plus_pct/forecast", HttpStatusCode.BadRequest)]
    [InlineData("/api/indicators/cpp_2yrs_plus_pct/forecast?area=X1", HttpStatusCode.BadRequest)]
    public async Task Bad_requests_get_a_clear_answer(string url, HttpStatusCode status) =>
        Assert.Equal(status, (await host.Client.GetAsync(url)).StatusCode);
}
