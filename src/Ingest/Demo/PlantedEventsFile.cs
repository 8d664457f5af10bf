namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>Reads <c>data/demo/planted_events.csv</c>, the reviewable list of events planted in the demo returns.</summary>
public static class PlantedEventsFile
{
    public static IReadOnlyList<PlantedEvent> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    public static IReadOnlyList<PlantedEvent> Read(TextReader reader, string fileName)
    {
        var events = new List<PlantedEvent>();
        foreach (var row in DemoCsvRow.ReadAll(reader, fileName, "id", "indicator_id", "kind", "first_period", "last_period", "magnitude", "description"))
        {
            var first = row.Quarter("first_period");
            var last = row.Quarter("last_period");
            if (last < first)
            {
                throw row.Error("last_period", $"'{last}' is before the first period '{first}'");
            }

            events.Add(new PlantedEvent(
                row.Required("id"),
                row.Required("indicator_id"),
                row.Enum<PlantedEventKind>("kind"),
                first,
                last,
                row.Number("magnitude"),
                row.Text("description")));
        }

        return events;
    }
}
