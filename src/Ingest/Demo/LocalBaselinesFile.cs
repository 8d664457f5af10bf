namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>Reads <c>data/demo/local_baselines.csv</c>.</summary>
public static class LocalBaselinesFile
{
    public static IReadOnlyList<LocalBaseline> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    public static IReadOnlyList<LocalBaseline> Read(TextReader reader, string fileName)
    {
        var baselines = new List<LocalBaseline>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DemoCsvRow.ReadAll(reader, fileName, "indicator_id", "level", "denominator_hint", "note"))
        {
            var id = row.Required("indicator_id");
            if (!seen.Add(id))
            {
                throw row.Error("indicator_id", $"'{id}' appears more than once");
            }

            var hint = row.OptionalNumber("denominator_hint");
            if (hint <= 0)
            {
                throw row.Error("denominator_hint", "must be positive");
            }

            baselines.Add(new LocalBaseline(id, row.Number("level"), hint, row.Text("note")));
        }

        return baselines;
    }
}
