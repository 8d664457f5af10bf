using System.Text;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Warehouse.Commentary;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;
using static Safeguarding.Analytics.Ingest.Tests.Returns.Validation;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

public sealed class ReturnCommentaryTests
{
    private const string Rows = """
        repeat_da_pct,E06000019,2024-25 Q1,25.0,30,120,final,Two MARAC coordinators started in May; more repeat cases are now identified.
        da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,113.9,410,36000,final,
        marac_cases_rate_per_10k,E06000019,2024-25 Q1,,,,suppressed,Fewer than six cases: not published.
        da_notifications_timely_pct,E06000019,2024-25 Q1,95.0,380,400,provisional,  Figures to be confirmed after the audit.
        """;

    [Fact]
    public void The_notes_of_accepted_rows_of_every_status_are_taken_as_the_rows_pass_and_rows_without_a_note_are_not_kept()
    {
        var commentary = new ReturnCommentary();

        var validated = ReadAndValidate(Rows, commentary.Take);

        Assert.True(validated.IsValid, string.Join("; ", Errors(validated).Select(e => e.Message)));
        var notes = commentary.For(Reference.FindAgency("police")!, submissionId: 42);
        Assert.Equal(
            [
                ("repeat_da_pct", "Two MARAC coordinators started in May; more repeat cases are now identified."),
                ("marac_cases_rate_per_10k", "Fewer than six cases: not published."),
                ("da_notifications_timely_pct", "Figures to be confirmed after the audit."),
            ],
            notes.Select(n => (n.IndicatorId, n.Text)));
        Assert.All(notes, n => Assert.Equal(("E06000019", "2024-25 Q1", "police", 42L, CommentaryAuthors.Return), (n.AreaCode, n.PeriodKey, n.AgencyId, n.SubmissionId, n.Author)));
        Assert.Equal(0, commentary.NotKept);
    }

    [Fact]
    public void A_note_on_a_suppressed_row_is_also_its_reason()
    {
        var validated = ReadAndValidate(Rows, _ => { });

        var suppressed = validated.Lines.Single(l => l.Observation.Status == ObservationStatus.Suppressed);
        Assert.Equal(suppressed.Note, suppressed.Observation.StatusReason);
        Assert.Null(validated.Lines.Single(l => l.Observation.IndicatorId == "da_incidents_children_rate_per_10k").Note);
    }

    [Fact]
    public void Past_the_cap_notes_are_counted_not_kept()
    {
        var commentary = new ReturnCommentary(max: 3);

        for (var row = 2; row < 12; row++)
        {
            commentary.Take(Line(row, $"note {row}"));
            commentary.Take(Line(row, note: null));
        }

        Assert.Equal((3, 7), (commentary.Count, commentary.NotKept));
        Assert.Equal(["note 2", "note 3", "note 4"], commentary.For(Reference.FindAgency("police")!, 1).Select(n => n.Text));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReturnCommentary(max: 0));
    }

    private static ValidatedReturn ReadAndValidate(string rows, Action<ReturnLine> accepted)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Header + "\n" + rows));
        return new QuarterlyReturnValidator(Reference).ReadAndValidate(
            "police.csv", stream, Reference.FindAgency("police"), Period.Parse("2024-25 Q1"), null, ReturnFiles.Limits, accepted);
    }

    private static ReturnLine Line(int row, string? note) =>
        new(row, new Observation { IndicatorId = $"indicator_{row}", AreaCode = "E06000019", PeriodKey = "2024-25 Q1", Source = "Police return" }, note);
}
