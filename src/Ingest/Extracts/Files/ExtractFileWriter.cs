using Safeguarding.Analytics.Ingest.Extracts.Files.Xlsx;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Ingest.Extracts.Files;

/// <summary>
/// Writes an extract's figures as they stream from the warehouse, with disclosure control applied to every row:
/// a figure built on a count of 1–5 leaves the file blank, with the reason in its own column. Memory does not grow
/// with the extract: CSV is written a line at a time; XLSX a sheet row at a time, holding only the chart block of the
/// indicator in hand (its areas × periods). A run that fails part-way leaves a partial file, which the caller discards.
/// </summary>
public static class ExtractFileWriter
{
    /// <summary>The columns of the CSV and of the workbook's data sheets, in order (a copy: changing it changes no file).</summary>
    public static readonly string[] Columns = [.. ExtractRow.Columns];

    public static Task<ExtractFileSummary> WriteAsync(
        Stream output, ExtractFormat format, ExtractHeader header, IAsyncEnumerable<Observation> observations, CancellationToken cancellationToken = default) =>
        WriteAsync(output, format, header, observations, XlsxExtractWriter.ExcelMaxRows, cancellationToken);

    /// <summary>As the public overload, with a smaller sheet size so that tests can see data sheets roll over.</summary>
    internal static async Task<ExtractFileSummary> WriteAsync(
        Stream output, ExtractFormat format, ExtractHeader header, IAsyncEnumerable<Observation> observations, int maxRowsPerSheet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(observations);
        var shaper = new ExtractRowShaper(header);
        switch (format)
        {
            case ExtractFormat.Csv:
                await CsvExtractWriter.WriteAsync(output, shaper, observations, cancellationToken).ConfigureAwait(false);
                break;
            case ExtractFormat.Xlsx:
                await XlsxExtractWriter.WriteAsync(output, header, shaper, observations, cancellationToken, maxRowsPerSheet).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "An extract is written as CSV or XLSX.");
        }

        return shaper.Summary;
    }
}
