using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.Analytics.Integration.Tests.Returns;

namespace Safeguarding.Analytics.Integration.Tests.Api;

/// <summary>
/// Agency commentary through the real host: the notes of a loaded return read back with their agency, period, version
/// and submission; a refused file leaves none; a changed note is a new version with the earlier kept.
/// </summary>
public class CommentaryApiTests(EmbeddedDashboardFixture host) : IClassFixture<EmbeddedDashboardFixture>
{
    private const string Hostile = "\"He said \"\"no\"\"; <script>alert('x')</script>, 🚸\"";

    [Fact]
    public async Task A_loaded_returns_notes_read_back_with_agency_period_version_and_submission()
    {
        const string quarter = "2023-24 Q1";
        var csv = WithNote(ReturnFiles.Police(quarter), "repeat_da_pct", "Two MARAC coordinators started in May.");
        csv = WithNote(csv, "marac_cases_rate_per_10k", Hostile);

        var detail = await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(csv));

        Assert.Equal("loaded", SubmissionPolling.Status(detail));
        var notes = await GetAsync($"?period={quarter}&agency=police");
        Assert.Equal(["marac_cases_rate_per_10k", "repeat_da_pct"], notes.Select(n => n.GetProperty("indicator").GetString()).Order(StringComparer.Ordinal));
        var note = Assert.Single(await GetAsync($"?indicator=repeat_da_pct&area=884&period={quarter}"));
        Assert.Equal("Two MARAC coordinators started in May.", note.GetProperty("text").GetString());
        Assert.Equal(("police", quarter, "E06000019", 1, "return"), (
            note.GetProperty("agency").GetString(), note.GetProperty("period").GetString(), note.GetProperty("area").GetString(),
            note.GetProperty("version").GetInt32(), note.GetProperty("author").GetString()));
        Assert.Equal(detail.GetProperty("submission").GetProperty("id").GetInt64(), note.GetProperty("submission").GetInt64());
        Assert.InRange(note.GetProperty("created").GetDateTime(), DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        var hostile = Assert.Single(await GetAsync($"?indicator=marac_cases_rate_per_10k&period={quarter}"));
        Assert.Equal("He said \"no\"; <script>alert('x')</script>, 🚸", hostile.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_refused_file_leaves_no_commentary()
    {
        const string quarter = "2023-24 Q2";
        var csv = WithNote(ReturnFiles.Police(quarter), "repeat_da_pct", "Should not be kept.")
            .Replace("marac_cases_rate_per_10k,E06000019", "marac_cases_rate_per_10k,E99999999", StringComparison.Ordinal);

        var detail = await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(csv, agency: "police", period: quarter));

        Assert.Equal("rejected", SubmissionPolling.Status(detail));
        Assert.Empty(await GetAsync($"?period={quarter}&versions=all"));
    }

    [Fact]
    public async Task A_resubmission_with_a_changed_note_adds_version_2_and_keeps_version_1_and_the_same_file_again_adds_nothing()
    {
        const string quarter = "2023-24 Q3";
        var first = WithNote(ReturnFiles.Police(quarter), "repeat_da_pct", "First reading.");
        var firstSent = await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(first));
        var again = await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(first));
        var changedFigures = WithNote(ReturnFiles.Police(quarter, shift: 3), "repeat_da_pct", "First reading.");
        var sameNote = await SubmissionPolling.SendAndWaitAsync(host.Client, ReturnFiles.Form(changedFigures));
        var revised = await SubmissionPolling.SendAndWaitAsync(
            host.Client, ReturnFiles.Form(WithNote(ReturnFiles.Police(quarter, shift: 3), "repeat_da_pct", "Revised after the data cleanse.")));

        Assert.Equal(["loaded", "unchanged", "loaded", "loaded"], new[] { firstSent, again, sameNote, revised }.Select(SubmissionPolling.Status));
        var all = await GetAsync($"?indicator=repeat_da_pct&period={quarter}&versions=all");
        Assert.Equal([(1, "First reading."), (2, "Revised after the data cleanse.")], all.Select(n => (n.GetProperty("version").GetInt32(), n.GetProperty("text").GetString())));
        Assert.Equal(
            [firstSent.GetProperty("submission").GetProperty("id").GetInt64(), revised.GetProperty("submission").GetProperty("id").GetInt64()],
            all.Select(n => n.GetProperty("submission").GetInt64()));
        var latest = Assert.Single(await GetAsync($"?indicator=repeat_da_pct&period={quarter}"));
        Assert.Equal(2, latest.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task The_demo_carries_its_agencies_notes_on_the_quarters_of_its_planted_events()
    {
        var mash = Assert.Single(await GetAsync("?indicator=contacts_24h_pct"));

        Assert.Equal(("2023-24 Q3", "childrens_social_care", "return"), (mash.GetProperty("period").GetString(), mash.GetProperty("agency").GetString(), mash.GetProperty("author").GetString()));
        Assert.StartsWith("Two MASH social worker posts vacant from October", mash.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Number, mash.GetProperty("submission").ValueKind);
    }

    [Theory]
    [InlineData("?area=E99999999", "area")]
    [InlineData("?period=next quarter", "period")]
    [InlineData("?versions=some", "versions")]
    [InlineData("?limit=0", "limit")]
    public async Task A_bad_filter_is_a_400_that_names_it(string query, string named)
    {
        var response = await host.Client.GetAsync($"/api/commentary{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<List<JsonElement>> GetAsync(string query) =>
        [.. (await host.Client.GetFromJsonAsync<JsonElement>($"/api/commentary{query}")).EnumerateArray()];

    /// <summary>The return with a note (already quoted for CSV where it needs to be) on one indicator's row.</summary>
    private static string WithNote(string csv, string indicator, string note)
    {
        var lines = csv.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(indicator + ",", StringComparison.Ordinal));
        Assert.True(index > 0, $"no row for {indicator}");
        lines[index] += note;
        return string.Join('\n', lines);
    }
}
