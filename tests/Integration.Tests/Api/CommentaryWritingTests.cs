using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Integration.Tests.Api;

/// <summary>
/// An agency lead writes what is behind their agency's figure through <c>POST /api/commentary</c>: each change a new
/// version kept beside the earlier, the same text adding nothing, each in the audit trail; nobody else writes it.
/// </summary>
public class CommentaryWritingTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    private const string Url = "/api/commentary?indicator=repeat_da_pct&period=2022-23%20Q1&agency=police&versions=all";

    [Fact]
    public async Task The_police_lead_writes_versions_of_their_note_and_the_same_text_adds_nothing()
    {
        var userName = host.Factory.CreateAccount(BoardRoles.AgencyLead, "police");
        using var police = host.Factory.CreateAnonymousClient();
        police.DefaultRequestHeaders.Authorization = new("Bearer", host.Factory.IssueToken(userName));

        var first = await police.PostAsJsonAsync("/api/commentary", new { indicator = "repeat_da_pct", period = "2022-23 Q1", text = "A new MARAC coordinator cleared a backlog." });
        var second = await police.PostAsJsonAsync("/api/commentary", new { indicator = "repeat_da_pct", period = "2022-23 Q1", text = "The backlog is cleared; referrals are back to normal." });
        var same = await police.PostAsJsonAsync("/api/commentary", new { indicator = "repeat_da_pct", period = "2022-23 Q1", text = "The backlog is cleared; referrals are back to normal." });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, second.StatusCode, same.StatusCode));
        var notes = (await host.Client.GetFromJsonAsync<JsonElement>(Url)).EnumerateArray().ToList();
        Assert.Equal([2, 1], notes.Select(n => n.GetProperty("version").GetInt32()).OrderDescending());
        Assert.All(notes, n => Assert.Equal(userName, n.GetProperty("author").GetString()));
        var written = (await host.Client.GetFromJsonAsync<JsonElement>($"/api/audit?actor={userName}&action=commentary.written")).EnumerateArray().ToList();
        Assert.Equal(2, written.Count);
    }

    [Theory]
    [InlineData(BoardRoles.AgencyLead, "health", "repeat_da_pct")]
    [InlineData(BoardRoles.AgencyLead, "police", "cpp_rate_per_10k")]
    [InlineData(BoardRoles.QaMember, null, "repeat_da_pct")]
    [InlineData(BoardRoles.Analyst, null, "repeat_da_pct")]
    public async Task Nobody_but_the_reporting_agencys_lead_writes_its_commentary(string role, string? agency, string indicator)
    {
        using var client = host.Factory.CreateClientAs(role, agency);

        var refused = await client.PostAsJsonAsync("/api/commentary", new { indicator, period = "2022-23 Q2", text = "Not mine to write." });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_period_of_the_wrong_kind_or_an_empty_note_is_refused_in_words()
    {
        using var police = host.Factory.CreateClientAs(BoardRoles.AgencyLead, "police");

        var yearly = await police.PostAsJsonAsync("/api/commentary", new { indicator = "repeat_da_pct", period = "2022-23", text = "A note." });
        var empty = await police.PostAsJsonAsync("/api/commentary", new { indicator = "repeat_da_pct", period = "2022-23 Q3", text = "   " });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (yearly.StatusCode, empty.StatusCode));
        Assert.Contains("not a period", await yearly.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
