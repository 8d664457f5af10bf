using Safeguarding.Analytics.Domain.Readers;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Integration.Tests.Returns;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.Disclosure;

/// <summary>
/// The series and compare APIs apply disclosure control for every role but the analyst: a figure built on a count of 1 to 5
/// leaves without its value, counts or interval, with the reason; the analyst sees it whole.
/// </summary>
public class ApiDisclosureTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    private const string Quarter = "2020-21 Q3";

    [Fact]
    public async Task A_figure_on_three_victims_is_suppressed_for_a_board_member_and_whole_for_an_analyst()
    {
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        using var boardMember = host.Factory.CreateClientAs(BoardRoles.BoardMember);
        await LoadThreeVictimsAsync(analyst);
        var url = $"/api/indicators/repeat_da_pct/series?area=E06000019&from={Uri.EscapeDataString(Quarter)}&to={Uri.EscapeDataString(Quarter)}";

        var whole = Assert.Single((await analyst.GetFromJsonAsync<JsonElement>(url)).GetProperty("points").EnumerateArray());
        var controlled = await boardMember.GetFromJsonAsync<JsonElement>(url);
        var hidden = Assert.Single(controlled.GetProperty("points").EnumerateArray());

        Assert.Equal((2.5, 3.0), (whole.GetProperty("value").GetDouble(), whole.GetProperty("numerator").GetDouble()));
        Assert.Equal(JsonValueKind.Null, whole.GetProperty("suppressed").ValueKind);
        foreach (var field in new[] { "value", "numerator", "denominator", "lowerCi", "upperCi" })
        {
            Assert.Equal(JsonValueKind.Null, hidden.GetProperty(field).ValueKind);
        }

        Assert.Contains("fewer than 6", hidden.GetProperty("suppressed").GetString(), StringComparison.Ordinal);
        Assert.Contains("fewer than 6", controlled.GetProperty("disclosureControl").GetString(), StringComparison.Ordinal);
        var other = (await boardMember.GetFromJsonAsync<JsonElement>($"/api/indicators/da_notifications_timely_pct/series?area=E06000019&from={Uri.EscapeDataString(Quarter)}&to={Uri.EscapeDataString(Quarter)}")).GetProperty("points")[0];
        Assert.Equal(95.0, other.GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task The_chart_is_worked_out_without_the_withheld_point_for_a_board_member()
    {
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        using var boardMember = host.Factory.CreateClientAs(BoardRoles.BoardMember);
        await LoadThreeVictimsAsync(analyst);
        const string url = "/api/indicators/repeat_da_pct/series?area=E06000019";

        var whole = await analyst.GetFromJsonAsync<JsonElement>(url);
        var controlled = await boardMember.GetFromJsonAsync<JsonElement>(url);

        var values = whole.GetProperty("points").EnumerateArray().Where(p => p.GetProperty("spc").ValueKind == JsonValueKind.Object).Select(p => p.GetProperty("value").GetDouble()).ToList();
        Assert.Equal(values.Average(), whole.GetProperty("spc").GetProperty("mean").GetDouble(), 9);
        Assert.Equal(JsonValueKind.Null, whole.GetProperty("spcWithout").ValueKind);
        var withheld = controlled.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("period").GetString() == Quarter);
        Assert.Equal(JsonValueKind.Null, withheld.GetProperty("spc").ValueKind);
        Assert.Contains("without the 1 figure withheld", controlled.GetProperty("spcWithout").GetString(), StringComparison.Ordinal);
        var shown = controlled.GetProperty("points").EnumerateArray().Where(p => p.GetProperty("spc").ValueKind == JsonValueKind.Object).Select(p => p.GetProperty("value").GetDouble()).ToList();
        Assert.Equal(values.Count - 1, shown.Count);
        Assert.Equal(shown.Average(), controlled.GetProperty("spc").GetProperty("mean").GetDouble(), 9);
    }

    [Fact]
    public async Task The_compare_api_withholds_the_figure_its_interval_rank_and_band_for_a_board_member()
    {
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        using var qaMember = host.Factory.CreateClientAs(BoardRoles.QaMember);
        await LoadThreeVictimsAsync(analyst);
        var url = $"/api/indicators/repeat_da_pct/compare?area=E06000019&period={Uri.EscapeDataString(Quarter)}";

        var whole = await analyst.GetFromJsonAsync<JsonElement>(url);
        var controlled = await qaMember.GetFromJsonAsync<JsonElement>(url);

        Assert.Equal(2.5, whole.GetProperty("area").GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, whole.GetProperty("disclosureControl").ValueKind);
        var area = controlled.GetProperty("area");
        foreach (var field in new[] { "value", "numerator", "denominator", "lower95", "upper95", "lower998", "upper998" })
        {
            Assert.Equal(JsonValueKind.Null, area.GetProperty(field).ValueKind);
        }

        Assert.Equal("suppressed", area.GetProperty("status").GetString());
        Assert.Contains("fewer than 6", area.GetProperty("suppressed").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, controlled.GetProperty("nationalRank").ValueKind);
        Assert.Equal(JsonValueKind.Null, controlled.GetProperty("quartileBand").ValueKind);
        Assert.Contains("fewer than 6", controlled.GetProperty("disclosureControl").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The police return for the quarter with 3 repeat victims of 120 in place of 30; loaded once for the class.</summary>
    private static async Task LoadThreeVictimsAsync(HttpClient analyst)
    {
        var small = ReturnFiles.Police(Quarter).Replace($"repeat_da_pct,E06000019,{Quarter},25.0,30,120", $"repeat_da_pct,E06000019,{Quarter},2.5,3,120", StringComparison.Ordinal);
        var status = SubmissionPolling.Status(await SubmissionPolling.SendAndWaitAsync(analyst, ReturnFiles.Form(small, agency: "police", period: Quarter)));
        Assert.True(status is "loaded" or "unchanged", $"The return was {status}.");
    }
}
