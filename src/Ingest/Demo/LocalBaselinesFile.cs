using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>Reads <c>data/demo/local_baselines.csv</c>.</summary>
public static class LocalBaselinesFile
{
    private static readonly string[] Columns = ["indicator_id", "level", "denominator_hint", "note"];

    public static IReadOnlyList<LocalBaseline> Read(string path) => Read(CsvFile.Read(path, Columns));

    public static IReadOnlyList<LocalBaseline> Read(TextReader reader, string fileName) => Read(CsvFile.Read(reader, fileName, Columns));

    private static List<LocalBaseline> Read(IEnumerable<CsvRecord> rows)
    {
        var baselines = new List<LocalBaseline>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var id = row.Text("indicator_id");
            if (!seen.Add(id))
            {
                throw row.Error("indicator_id", $"'{id}' appears more than once.");
            }

            var hint = row.OptionalNumber("denominator_hint");
            if (hint <= 0)
            {
                throw row.Error("denominator_hint", "must be positive.");
            }

            baselines.Add(new LocalBaseline(id, row.Number("level"), hint, row.Raw("note")));
        }

        return baselines;
    }
}
