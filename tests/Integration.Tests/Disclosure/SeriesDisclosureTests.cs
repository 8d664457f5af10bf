using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Integration.Tests.Returns;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.Disclosure;

/// <summary>
/// The series API applies disclosure control for every role but the analyst: a figure built on a count of 1 to 5
/// leaves without its value, counts or interval, with the reason; the analyst sees it whole.
/// </summary>
public class SeriesDisclosureTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    private const string Quarter = "2020-21 Q3";

    [Fact]
    public async Task A_figure_on_three_victims_is_suppressed_for_a_board_member_and_whole_for_an_analyst()
    {
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        using var boardMember = host.Factory.CreateClientAs(BoardRoles.BoardMember);
        var small = ReturnFiles.Police(Quarter).Replace($"repeat_da_pct,E06000019,{Quarter},25.0,30,120", $"repeat_da_pct,E06000019,{Quarter},2.5,3,120", StringComparison.Ordinal);
        Assert.Equal("loaded", SubmissionPolling.Status(await SubmissionPolling.SendAndWaitAsync(analyst, ReturnFiles.Form(small, agency: "police", period: Quarter))));
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
}
