using CsvHelper;

namespace Safeguarding.Analytics.Warehouse.ReferenceData;

/// <summary>
/// Reads a CSV file by header name, so files that order their columns differently read the same. Tolerates a UTF-8
/// BOM and quoted fields with commas or line breaks.
/// </summary>
public static class CsvFile
{
    private static readonly CsvReaderOptions Options = new() { Separator = ',' };

    public static IEnumerable<CsvRecord> Read(string path, params IReadOnlyCollection<string> requiredColumns)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{fileName} was not found at {path}.", path);
        }

        return ReadRecords(() => CsvReader.FromFile(path, Options), fileName, requiredColumns);
    }

    /// <summary>
    /// Reads CSV text that is not a file on disk; <paramref name="fileName"/> is the name errors give it. The caller
    /// owns <paramref name="reader"/> and must keep it open until the records have been enumerated.
    /// </summary>
    public static IEnumerable<CsvRecord> Read(TextReader reader, string fileName, params IReadOnlyCollection<string> requiredColumns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        return ReadRecords(() => CsvReader.Create(reader, Options, leaveOpen: true), fileName, requiredColumns);
    }

    private static IEnumerable<CsvRecord> ReadRecords(Func<CsvReader> open, string fileName, IReadOnlyCollection<string> requiredColumns)
    {
        using var reader = open();
        var columns = HeaderIndex(reader.Headers);
        if (columns.Count == 0)
        {
            throw new CsvDataException(fileName, 1, requiredColumns.FirstOrDefault() ?? string.Empty, "the file is empty.");
        }

        foreach (var column in requiredColumns.Where(c => !columns.ContainsKey(c)))
        {
            throw new CsvDataException(fileName, 1, column, "the column is missing from the header.");
        }

        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            // Row numbers as a spreadsheet shows them: the header is row 1.
            yield return new CsvRecord(fileName, (int)reader.RowNumber + 1, columns, fields);
        }
    }

    private static Dictionary<string, int> HeaderIndex(IReadOnlyList<string> header)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }

        return columns;
    }
}
