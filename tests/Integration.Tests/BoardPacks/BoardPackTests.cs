using Safeguarding.Analytics.Domain.Readers;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Dashboard.BoardPacks;
using Safeguarding.Analytics.Warehouse.Accounts;
using static Safeguarding.Analytics.Integration.Tests.BoardPacks.BoardPackFlow;

namespace Safeguarding.Analytics.Integration.Tests.BoardPacks;

/// <summary>
/// A quarter's board pack through the real host: frozen with the escalated exception, the agency's commentary and a
/// small count withheld; a later resubmission changes a figure, yet regenerating the frozen version gives the same
/// content (same SHA-256) while a version frozen afterwards shows the new figure.
/// </summary>
public class BoardPackTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    private static readonly string[] PoliceIndicators =
        ["repeat_da_pct", "da_incidents_children_rate_per_10k", "marac_cases_rate_per_10k", "da_notifications_timely_pct", "exploitation_risk_rate_per_10k"];

    [Fact]
    public async Task A_frozen_pack_regenerates_identically_after_a_resubmission_and_a_new_version_shows_the_new_figure()
    {
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        using var qa = host.Factory.CreateClientAs(BoardRoles.QaMember);
        using var police = host.Factory.CreateClientAs(BoardRoles.AgencyLead, "police");
        using var boardMember = host.Factory.CreateClientAs(BoardRoles.BoardMember);
        var quarter = await LatestQuarterAsync(host.Factory);
        var slug = QuarterSlug.Of(quarter);
        var presentedOn = new DateOnly(quarter.Start.Year + 1, 3, 10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await LoadPoliceReturnAsync(analyst, host.Client, quarter.Key, PoliceReturn(quarter.Key, 380));
        var escalated = await EscalateAsync(qa, "For the board: a pattern the QA sub-group cannot resolve <b>alone</b>.");
        var noted = await police.PostAsJsonAsync("/api/commentary", new { indicator = "da_notifications_timely_pct", period = quarter.Key, text = "A new notification desk opened in the quarter." });
        Assert.Equal(HttpStatusCode.Created, noted.StatusCode);

        await NextSecondAsync();
        var first = await FreezeAsync(analyst, quarter.Key, presentedOn);
        await LoadPoliceReturnAsync(analyst, host.Client, quarter.Key, PoliceReturn(quarter.Key, 390));
        await police.PostAsJsonAsync("/api/commentary", new { indicator = "da_notifications_timely_pct", period = quarter.Key, text = "Revised after the resubmission." });
        var check = await qa.PostAsync($"/api/board-packs/{slug}/{first.GetProperty("version").GetInt32()}/regenerate", null);
        await NextSecondAsync();
        var second = await FreezeAsync(qa, quarter.Key, presentedOn);

        var regenerated = await check.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(regenerated.GetProperty("identical").GetBoolean(), regenerated.ToString());
        Assert.Equal(first.GetProperty("contentSha256").GetString(), regenerated.GetProperty("storedSha256").GetString());
        Assert.Equal(first.GetProperty("contentSha256").GetString(), regenerated.GetProperty("regeneratedSha256").GetString());
        Assert.Equal(first.GetProperty("version").GetInt32() + 1, second.GetProperty("version").GetInt32());
        Assert.NotEqual(first.GetProperty("contentSha256").GetString(), second.GetProperty("contentSha256").GetString());

        var then = await ContentAsync(boardMember, slug, first.GetProperty("version").GetInt32());
        var now = await ContentAsync(boardMember, slug, second.GetProperty("version").GetInt32());
        Assert.Equal("95.0%", Indicator(then, "da_notifications_timely_pct").GetProperty("figure").GetString());
        Assert.Equal("97.5%", Indicator(now, "da_notifications_timely_pct").GetProperty("figure").GetString());
        Assert.Equal("A new notification desk opened in the quarter.", Indicator(then, "da_notifications_timely_pct").GetProperty("commentary").GetProperty("text").GetString());
        Assert.Equal("Revised after the resubmission.", Indicator(now, "da_notifications_timely_pct").GetProperty("commentary").GetProperty("text").GetString());

        var small = Indicator(then, "repeat_da_pct");
        Assert.True(small.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, small.GetProperty("figure").ValueKind);
        Assert.Contains("fewer than 6", small.GetProperty("notShown").GetString(), StringComparison.Ordinal);
        Assert.All(small.GetProperty("comparisons").EnumerateArray(), c => Assert.StartsWith("not compared", c.GetProperty("benchmark").GetString(), StringComparison.Ordinal));
        Assert.DoesNotContain("2.5%", then.GetRawText(), StringComparison.Ordinal);

        var escalation = Assert.Single(then.GetProperty("escalations").EnumerateArray(), e => e.GetProperty("id").GetInt64() == escalated);
        Assert.Contains("<b>alone</b>", escalation.GetProperty("notes")[0].GetProperty("comment").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(escalation.GetProperty("evidence").GetString()));
        var dive = Assert.Single(then.GetProperty("deepDives").EnumerateArray());
        Assert.Contains("Domestic Abuse", dive.GetProperty("theme").GetString(), StringComparison.Ordinal);
        Assert.Contains(dive.GetProperty("headlines").EnumerateArray(), h => h.GetProperty("indicator").GetString() == Indicator(then, "repeat_da_pct").GetProperty("name").GetString()
            && h.GetProperty("figure").ValueKind == JsonValueKind.Null);
        var extract = Assert.Single(dive.GetProperty("extracts").EnumerateArray());
        Assert.Equal("/extracts/domestic-abuse-mental-health-substance-misuse", extract.GetProperty("link").GetString());

        var html = await boardMember.GetAsync($"/board-packs/{slug}/v{first.GetProperty("version").GetInt32()}");
        var page = await html.Content.ReadAsStringAsync();
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"en-GB\">", page, StringComparison.Ordinal);
        Assert.Contains("Suppressed. Figure built on a count of fewer than 6", page, StringComparison.Ordinal);
        Assert.Contains("the QA sub-group cannot resolve &lt;b&gt;alone&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("95.0%", page, StringComparison.Ordinal);
        var audit = (await host.Client.GetFromJsonAsync<JsonElement>($"/api/audit?subject=boardpack:{Uri.EscapeDataString($"{quarter.Key} v{first.GetProperty("version").GetInt32()}")}")).EnumerateArray().ToList();
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "boardpack.frozen" && e.GetProperty("actor").GetString()!.StartsWith("analyst.", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.GetProperty("action").GetString() == "boardpack.downloaded" && e.GetProperty("detail").GetString() == "HTML");
        var listed = await boardMember.GetFromJsonAsync<JsonElement>("/api/board-packs");
        Assert.Contains(listed.EnumerateArray(), p => p.GetProperty("html").GetString() == $"/board-packs/{slug}/v{second.GetProperty("version").GetInt32()}");
    }

    [Fact]
    public async Task Bad_input_is_refused_in_words_and_nothing_is_frozen()
    {
        using var analyst = host.Factory.CreateClientAs(BoardRoles.Analyst);
        var before = (await analyst.GetFromJsonAsync<JsonElement>("/api/board-packs")).GetArrayLength();

        var notQuarter = await analyst.PostAsJsonAsync("/api/board-packs", new { quarter = "2024-25", presentedOn = "2025-03-11" });
        var notDate = await analyst.PostAsJsonAsync("/api/board-packs", new { quarter = "2024-25 Q1", presentedOn = "11/03/2025" });
        var tooEarly = await analyst.PostAsJsonAsync("/api/board-packs", new { quarter = "2024-25 Q1", presentedOn = "2024-03-31" });
        var noFigures = await analyst.PostAsJsonAsync("/api/board-packs", new { quarter = "2099-00 Q1", presentedOn = "2099-05-01" });
        var badAddress = await analyst.GetAsync("/api/board-packs/2024-25%20Q1/1");
        var noVersion = await analyst.GetAsync("/board-packs/2024-25-Q1/v999");

        Assert.Contains("not a quarter", await Problem(notQuarter), StringComparison.Ordinal);
        Assert.Contains("not the date of the board meeting", await Problem(notDate), StringComparison.Ordinal);
        Assert.Contains("before the quarter began", await Problem(tooEarly), StringComparison.Ordinal);
        Assert.Contains("no figures for 2099-00 Q1", await Problem(noFigures), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, badAddress.StatusCode);
        Assert.Contains("2024-25-Q1", await badAddress.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, noVersion.StatusCode);
        Assert.Equal(before, (await analyst.GetFromJsonAsync<JsonElement>("/api/board-packs")).GetArrayLength());
    }

    /// <summary>A pack reads the figures loaded before the second it is frozen in (the warehouse keeps commit times to the second).</summary>
    private static Task NextSecondAsync() => Task.Delay(TimeSpan.FromMilliseconds(1_100));

    private static async Task<string> Problem(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
    }

    /// <summary>Escalates an untouched exception about an indicator police's returns do not change, and returns its id.</summary>
    private static async Task<long> EscalateAsync(HttpClient qa, string comment)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var page = await qa.GetFromJsonAsync<JsonElement>("/api/exceptions/register?qaState=open&status=open&kind=spc_concern&take=1000");
            var untouched = page.GetProperty("items").EnumerateArray().FirstOrDefault(e =>
                e.GetProperty("steps").GetInt32() == 0 && !PoliceIndicators.Contains(e.GetProperty("indicator").GetString()));
            if (untouched.ValueKind != JsonValueKind.Undefined)
            {
                var id = untouched.GetProperty("id").GetInt64();
                var step = await qa.PostAsJsonAsync($"/api/exceptions/{id}/steps", new { action = "escalate", comment, stepsSeen = 0 });
                Assert.True(step.IsSuccessStatusCode, await step.Content.ReadAsStringAsync());
                return id;
            }

            Assert.True(DateTime.UtcNow < deadline, "The demo raised no untouched exception to escalate.");
            await Task.Delay(250);
        }
    }
}
