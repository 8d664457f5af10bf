using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.Analytics.Integration.Tests.Api;

/// <summary>Unusual profiles through the real host, on the published LAIT figures of every local authority.</summary>
public class AnomaliesApiTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task Authorities_are_ranked_most_unusual_first_and_the_City_of_London_stands_out()
    {
        var answer = await host.Client.GetFromJsonAsync<JsonElement>("/api/anomalies?period=2023-24&limit=200");

        var ranked = answer.GetProperty("areas").EnumerateArray().ToList();
        var outOf = ranked[0].GetProperty("outOf").GetInt32();
        Assert.True(outOf >= 150, $"{outOf} authorities scored");
        Assert.Equal(Enumerable.Range(1, outOf), ranked.Select(a => a.GetProperty("rank").GetInt32()));
        var scores = ranked.Select(a => a.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Contains("E09000001", ranked.Take(3).Select(a => a.GetProperty("code").GetString()));
        Assert.Equal(153, answer.GetProperty("model").GetProperty("trainedOn").GetInt32());
        Assert.All(ranked, a => Assert.Equal(3, a.GetProperty("drivers").GetArrayLength()));

        var again = await host.Client.GetFromJsonAsync<JsonElement>("/api/anomalies?period=2023-24&limit=200");
        Assert.Equal(scores, again.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("score").GetDouble()));
    }

    [Theory]
    [InlineData("/api/anomalies")]
    [InlineData("/api/anomalies?period=Q7")]
    [InlineData("/api/anomalies?period=2023-24&limit=0")]
    public async Task Bad_requests_get_a_400(string url) =>
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync(url)).StatusCode);

    [Fact]
    public async Task A_period_without_a_national_publication_has_no_model()
    {
        var answer = await host.Client.GetFromJsonAsync<JsonElement>("/api/anomalies?period=2025-26 Q1");

        Assert.Equal(JsonValueKind.Null, answer.GetProperty("model").ValueKind);
        Assert.Empty(answer.GetProperty("areas").EnumerateArray());
    }
}
