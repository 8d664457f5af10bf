using Bunit;
using Safeguarding.Analytics.Dashboard.Components.Pages.Indicators;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.Commentary;

namespace Safeguarding.Analytics.Dashboard.Tests.Indicators;

public class AgencyCommentaryListTests : BunitContext
{
    private static readonly Agency Police = new("police", "Police", 20, "The police force.");

    [Fact]
    public void Each_note_shows_its_agency_period_version_and_date_under_a_labelled_heading()
    {
        var list = Render<AgencyCommentaryList>(p => p
            .Add(c => c.Notes, [Note("2024-25 Q1", 1, "Two MARAC coordinators started in May."), Note("2024-25 Q2", 2, "Revised after the data cleanse.")])
            .Add(c => c.Agencies, [Police]));

        var section = list.Find("section");
        Assert.Equal("agency-commentary-heading", section.GetAttribute("aria-labelledby"));
        Assert.Equal("Agency commentary", list.Find("#agency-commentary-heading").TextContent);
        var notes = list.FindAll("[data-testid='commentary']");
        Assert.Equal(2, notes.Count);
        Assert.Contains("Police", notes[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2024-25 Q1", notes[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("version 1", notes[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("7 July 2025", notes[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("2025-07-07T09:30:00Z", notes[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("Revised after the data cleanse.", notes[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("version 2", notes[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_s_text_is_shown_as_text_never_as_markup_and_an_unlisted_agency_shows_its_id()
    {
        var list = Render<AgencyCommentaryList>(p => p.Add(c => c.Notes, [Note("2024-25 Q1", 1, "<script>alert('x')</script> <b>bold</b>") with { AgencyId = "health" }]));

        Assert.Empty(list.FindAll("[data-testid='commentary'] script"));
        Assert.Empty(list.FindAll("[data-testid='commentary'] b"));
        Assert.Contains("<script>alert('x')</script> <b>bold</b>", list.Find(".commentary-text").TextContent, StringComparison.Ordinal);
        Assert.Contains("health", list.Find(".commentary-source").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void No_notes_render_nothing()
    {
        var list = Render<AgencyCommentaryList>(p => p.Add(c => c.Notes, []));

        Assert.Empty(list.Markup.Trim());
    }

    private static AgencyCommentary Note(string period, int version, string text) => new()
    {
        IndicatorId = "repeat_da_pct",
        AreaCode = "E06000019",
        PeriodKey = period,
        AgencyId = "police",
        Text = text,
        Version = version,
        CreatedAt = new DateTime(2025, 7, 7, 9, 30, 0, DateTimeKind.Utc),
    };
}
