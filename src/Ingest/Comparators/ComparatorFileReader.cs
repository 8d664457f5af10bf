using System.Text;
using Safeguarding.Analytics.Ingest.Comparators.Ees;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Comparators;

/// <summary>
/// Reads any published comparator file this service knows — DfE LAIT's long file, or an EES file mapped in
/// <c>ees_measures.csv</c> — recognising it by its header, not its name.
/// </summary>
public static class ComparatorFileReader
{
    /// <exception cref="CsvDataException">The file is not a known layout, or a cell cannot be read.</exception>
    public static ComparatorFile Read(string fileName, Stream content, ReferenceDataSet reference, ReferenceDataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(folder);
        using var text = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var header = ReadHeader(text);
        content.Position = 0;
        text.DiscardBufferedData();
        var measures = EesMeasuresFile.Read(folder.ReferenceFile(EesMeasuresFile.FileName), reference.Indicators);
        if (IsLait(header))
        {
            return new ComparatorFile(
                LaitComparatorReader.Source,
                $"DfE LAIT comparator file {fileName}",
                new LaitComparatorReader(reference).ReadChecked(text, fileName));
        }

        if (EesComparatorReader.Recognise(header, measures) is { } dataset)
        {
            var datasetMeasures = measures.Where(m => m.Dataset == dataset).ToList();
            return new ComparatorFile(
                EesComparatorReader.Source,
                $"{datasetMeasures[0].Title}: {fileName}",
                new EesComparatorReader(reference.Areas, reference.Indicators).Read(text, fileName, datasetMeasures));
        }

        throw new CsvDataException(
            fileName,
            1,
            header.FirstOrDefault() ?? string.Empty,
            "the header is neither DfE LAIT's long layout (" + string.Join(",", LaitComparatorReader.Columns) + ") nor one of the EES datasets in " +
            $"{EesMeasuresFile.FileName} ({string.Join("; ", measures.Select(m => $"{m.Dataset}: {string.Join(",", m.SignatureColumns)}").Distinct())}).");
    }

    /// <summary>Whether a header line belongs to a comparator file this service can read.</summary>
    public static bool Recognises(string headerLine, ReferenceDataSet reference, ReferenceDataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(headerLine);
        var header = Split(headerLine);
        return IsLait(header)
            || EesComparatorReader.Recognise(header, EesMeasuresFile.Read(folder.ReferenceFile(EesMeasuresFile.FileName), reference.Indicators)) is not null;
    }

    private static bool IsLait(IReadOnlyCollection<string> header) =>
        LaitComparatorReader.Columns.All(c => header.Contains(c, StringComparer.OrdinalIgnoreCase));

    private static List<string> ReadHeader(TextReader text) => Split(text.ReadLine() ?? string.Empty);

    private static List<string> Split(string line) =>
        [.. line.TrimStart('\uFEFF').Split(',').Select(c => c.Trim().Trim('"'))];
}
