using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.Analytics.Integration.Tests.Api;

/// <summary>Compare areas through the real host on the published LAIT figures the demo loads at start.</summary>
public class CompareApiTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    private const string Indicator = "cpp_repeat_pct"; // lower is better
    private const string Year = "2023-24";

    [Fact]
    public async Task Each_comparator_is_the_figure_its_own_series_shows_and_the_rank_is_among_local_authorities()
    {
        var compare = await host.Client.GetFromJsonAsync<JsonElement>($"/api/indicators/{Indicator}/compare?area=E06000019&period={Year}");

        var own = compare.GetProperty("area").GetProperty("value").GetDouble();
        Assert.Equal(own, await ValueAsync("E06000019"));
        var members = compare.GetProperty("neighbours").GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(10, members.Count);
        var values = new List<double>();
        foreach (var member in members)
        {
            var value = await ValueAsync(member.GetProperty("code").GetString()!);
            Assert.Equal(value, member.GetProperty("value").ValueKind == JsonValueKind.Null ? null : member.GetProperty("value").GetDouble());
            values.AddRange(value is { } v ? [v] : []);
        }

        Assert.Equal(values.Average(), compare.GetProperty("neighbours").GetProperty("average").GetDouble(), 9);
        Assert.Equal(await ValueAsync(compare.GetProperty("region").GetProperty("code").GetString()!), compare.GetProperty("region").GetProperty("value").GetDouble());
        Assert.Equal(await ValueAsync("E92000001"), compare.GetProperty("england").GetProperty("value").GetDouble());

        var authorities = (await host.Client.GetFromJsonAsync<JsonElement>("/api/areas?kind=LocalAuthority")).EnumerateArray()
            .Where(a => a.GetProperty("isCurrent").GetBoolean())
            .Select(a => a.GetProperty("code").GetString()!)
            .ToList();
        var all = new List<double>();
        foreach (var code in authorities)
        {
            all.AddRange(await ValueAsync(code) is { } v ? [v] : []);
        }

        Assert.Equal(all.Count, compare.GetProperty("localAuthoritiesWithValue").GetInt32());
        Assert.Equal(1 + all.Count(v => v < own), compare.GetProperty("nationalRank").GetInt32());
        Assert.Equal("none", compare.GetProperty("england").GetProperty("benchmark").GetString()); // LAIT gives no counts, so no interval
    }

    [Theory]
    [InlineData("/api/indicators/no_such/compare?area=E06000019&period=2023-24", HttpStatusCode.NotFound)]
    [InlineData("/api/indicators/cpp_repeat_pct/compare?area=E06000019", HttpStatusCode.BadRequest)]
    [InlineData("/api/indicators/cpp_repeat_pct/compare?area=E99999999&period=2023-24", HttpStatusCode.NotFound)]
    [InlineData("/api/indicators/cpp_repeat_pct/compare?area=E92000001&period=2023-24", HttpStatusCode.BadRequest)]
    [InlineData("/api/indicators/cpp_repeat_pct/compare?area=E06000019&period=Q5", HttpStatusCode.BadRequest)]
    public async Task Bad_requests_get_a_clear_answer(string url, HttpStatusCode status)
    {
        var response = await host.Client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    private async Task<double?> ValueAsync(string area)
    {
        var series = await host.Client.GetFromJsonAsync<JsonElement>($"/api/indicators/{Indicator}/series?area={area}&from={Year}&to={Year}");
        var point = series.GetProperty("points").EnumerateArray().FirstOrDefault(p => p.GetProperty("period").GetString() == Year);
        return point.ValueKind == JsonValueKind.Undefined || point.GetProperty("value").ValueKind == JsonValueKind.Null ? null : point.GetProperty("value").GetDouble();
    }
}
