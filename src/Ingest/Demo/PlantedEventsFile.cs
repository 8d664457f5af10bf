using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>Reads <c>data/demo/planted_events.csv</c>, the reviewable list of events planted in the demo returns.</summary>
public static class PlantedEventsFile
{
    private static readonly string[] Columns = ["id", "indicator_id", "kind", "first_period", "last_period", "magnitude", "description", "note"];

    public static IReadOnlyList<PlantedEvent> Read(string path) => Read(CsvFile.Read(path, Columns));

    public static IReadOnlyList<PlantedEvent> Read(TextReader reader, string fileName) => Read(CsvFile.Read(reader, fileName, Columns));

    private static List<PlantedEvent> Read(IEnumerable<CsvRecord> rows)
    {
        var events = new List<PlantedEvent>();
        foreach (var row in rows)
        {
            var first = row.Period("first_period", PeriodKind.FinancialQuarter);
            var last = row.Period("last_period", PeriodKind.FinancialQuarter);
            if (last < first)
            {
                throw row.Error("last_period", $"'{last}' is before the first period '{first}'.");
            }

            events.Add(new PlantedEvent(
                row.Text("id"),
                row.Text("indicator_id"),
                row.Enum<PlantedEventKind>("kind"),
                first,
                last,
                row.Number("magnitude"),
                row.Raw("description"),
                row.Raw("note")));
        }

        return events;
    }
}
