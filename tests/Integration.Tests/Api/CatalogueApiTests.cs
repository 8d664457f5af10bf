using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.Analytics.Integration.Tests.Api;

public class CatalogueApiTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    [Fact]
    public async Task Indicators_lists_the_catalogue_with_the_required_measures()
    {
        var indicators = await host.Client.GetFromJsonAsync<JsonElement>("/api/indicators");

        var ids = indicators.EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.True(ids.Count >= 30, $"only {ids.Count} indicators");
        Assert.Subset(ids.ToHashSet(), new HashSet<string?>
        {
            "cpp_rate_per_10k", "cin_rate_per_10k", "cla_rate_per_10k", "contacts_24h_pct", "contact_referral_conversion_pct",
            "assessments_45d_pct", "cp_visits_timely_pct", "cla_visits_timely_pct", "cpp_2yrs_plus_pct",
            "rereferrals_12m_pct", "fte_rate_per_100k", "repeat_da_pct",
        });
        var cpp = indicators.EnumerateArray().Single(i => i.GetProperty("id").GetString() == "cpp_rate_per_10k");
        Assert.Equal("Neutral", cpp.GetProperty("polarity").GetString());
        Assert.Equal(10000, cpp.GetProperty("multiplier").GetInt32());
    }

    [Fact]
    public async Task Unknown_indicator_is_a_clear_404()
    {
        var response = await host.Client.GetAsync("/api/indicators/no_such_thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no_such_thing", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Areas_resolve_by_dfe_code_with_ten_neighbours()
    {
        var herefordshire = await host.Client.GetFromJsonAsync<JsonElement>("/api/areas/884");

        var area = herefordshire.GetProperty("area");
        Assert.Equal("E06000019", area.GetProperty("code").GetString());
        Assert.Equal("E12000005", area.GetProperty("regionCode").GetString());
        Assert.Equal(10, herefordshire.GetProperty("neighbours").GetArrayLength());
    }

    [Fact]
    public async Task Areas_include_england_the_nine_regions_and_every_authority()
    {
        var areas = await host.Client.GetFromJsonAsync<JsonElement>("/api/areas");

        var kinds = areas.EnumerateArray().GroupBy(a => a.GetProperty("kind").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(1, kinds["Country"]);
        Assert.Equal(9, kinds["Region"]);
        Assert.True(kinds["LocalAuthority"] >= 153);
    }
}
