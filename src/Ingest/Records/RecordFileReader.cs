using Safeguarding.Analytics.Warehouse.Records;

namespace Safeguarding.Analytics.Ingest.Records;

/// <summary>
/// Reads the record feed files (docs/record-feeds.md) as they stream: every row is checked, only good records are
/// handed on, and when any row had a problem a <see cref="RecordFileException"/> is thrown at the end, listing them —
/// so a store writing the records as they come does not commit the load, and nothing stored changes. The caller owns
/// the stream.
/// </summary>
public sealed class RecordFileReader(LocalAuthorityCodes areas, TimeProvider clock)
{
    public IEnumerable<DomesticAbuseIncident> ReadIncidents(string fileName, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var rows = RecordFileRows.Open(fileName, stream, RecordFeed.DomesticAbuseIncidents);
        var cells = Cells();
        while (rows.Next())
        {
            if (Incident(rows, cells) is { } incident)
            {
                yield return incident;
            }
        }

        rows.Problems.ThrowIfAny();
    }

    public IEnumerable<YouthJusticeOutcome> ReadOutcomes(string fileName, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var rows = RecordFileRows.Open(fileName, stream, RecordFeed.YouthJusticeOutcomes);
        var cells = Cells();
        while (rows.Next())
        {
            if (Outcome(rows, cells) is { } outcome)
            {
                yield return outcome;
            }
        }

        rows.Problems.ThrowIfAny();
    }

    public IEnumerable<ChildPopulation> ReadPopulation(string fileName, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var rows = RecordFileRows.Open(fileName, stream, RecordFeed.ChildPopulation);
        var cells = Cells();
        while (rows.Next())
        {
            if (Population(rows, cells) is { } estimate)
            {
                yield return estimate;
            }
        }

        rows.Problems.ThrowIfAny();
    }

    private RecordCells Cells() => new(areas, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    // Every cell is checked, so one pass over a file names all its bad cells; the record is made only when all are good.
    private static DomesticAbuseIncident? Incident(RecordFileRows rows, RecordCells cells)
    {
        var id = RecordCells.Pseudonym(rows, 0);
        var victim = RecordCells.Pseudonym(rows, 1);
        var perpetrator = RecordCells.Pseudonym(rows, 2);
        var date = cells.Date(rows, 3);
        var area = cells.Area(rows, 4);
        var risk = RecordCells.Risk(rows, 5);
        var marac = RecordCells.Flag(rows, 6);
        return id is null || victim is null || perpetrator is null || date is null || area is null || risk is null || marac is null
            ? null
            : new DomesticAbuseIncident(id, victim, perpetrator, date.Value, area, risk.Value, marac.Value);
    }

    private static YouthJusticeOutcome? Outcome(RecordFileRows rows, RecordCells cells)
    {
        var person = RecordCells.Pseudonym(rows, 0);
        var age = RecordCells.WholeNumber(rows, 1, 0, 120);
        var date = cells.Date(rows, 2);
        var type = RecordCells.Outcome(rows, 3);
        var area = cells.Area(rows, 4);
        return person is null || age is null || date is null || type is null || area is null
            ? null
            : new YouthJusticeOutcome(person, (int)age.Value, date.Value, type.Value, area);
    }

    private static ChildPopulation? Population(RecordFileRows rows, RecordCells cells)
    {
        var area = cells.Area(rows, 0);
        var midYear = RecordCells.WholeNumber(rows, 1, 2000, 2100);
        var children = RecordCells.WholeNumber(rows, 2, 0, long.MaxValue);
        return area is null || midYear is null || children is null
            ? null
            : new ChildPopulation(area, (int)midYear.Value, children.Value);
    }
}
