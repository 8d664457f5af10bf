using Safeguarding.Analytics.Ingest.Demo;
using Safeguarding.Analytics.Warehouse.Commentary;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Tests.Demo;

public sealed class DemoCommentaryTests
{
    private static readonly ReferenceDataSet Reference = ReferenceDataSet.Load(ReferenceDataFolder.Locate());

    [Fact]
    public void Each_planted_event_with_a_note_has_it_on_its_first_quarter_from_the_indicators_lead_agency()
    {
        var notes = DemoCommentary.For(DemoTestData.Inputs(), Reference.Agencies);

        var mash = Assert.Single(notes, n => n.IndicatorId == "contacts_24h_pct");
        Assert.Equal(("2023-24 Q3", "childrens_social_care", DemoTestData.Herefordshire, CommentaryAuthors.Demo), (mash.PeriodKey, mash.AgencyId, mash.AreaCode, mash.Author));
        Assert.Contains("MASH social worker posts vacant", mash.Text, StringComparison.Ordinal);
        Assert.Null(mash.SubmissionId);
        Assert.Equal(5, notes.Count(n => n.AgencyId == "police" && n.PeriodKey == "2024-25 Q2"));
        Assert.DoesNotContain(notes, n => n.IndicatorId == "assessments_45d_pct");
        Assert.Equal(DemoTestData.Events.Count(e => e.Note.Length > 0), notes.Count);
    }

    [Fact]
    public void An_event_outside_the_demo_s_quarters_or_without_a_note_gives_no_commentary()
    {
        var inputs = DemoTestData.Inputs() with
        {
            Events =
            [
                new PlantedEvent("X1", "contacts_24h_pct", PlantedEventKind.Outlier, Period.Parse("2030-31 Q1"), Period.Parse("2030-31 Q1"), 5, "later", "Too late."),
                new PlantedEvent("X2", "contacts_24h_pct", PlantedEventKind.Outlier, Period.Parse("2023-24 Q1"), Period.Parse("2023-24 Q1"), 5, "silent"),
            ],
        };

        Assert.Empty(DemoCommentary.For(inputs, Reference.Agencies));
    }

    [Fact]
    public void The_notes_do_not_change_the_demo_returns()
    {
        var withoutNotes = DemoTestData.Inputs() with { Events = [.. DemoTestData.Events.Select(e => e with { Note = string.Empty })] };

        Assert.Equal(DemoTestData.Returns, DemoReturnsGenerator.Generate(withoutNotes));
    }
}
