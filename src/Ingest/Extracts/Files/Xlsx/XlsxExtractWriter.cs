using System.Globalization;
using System.IO.Compression;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Ingest.Extracts.Files.Xlsx;

/// <summary>
/// The Excel form of an extract, streamed: the "Data" sheet (the CSV's columns, continued in "Data 2", "Data 3" ...
/// when it reaches Excel's 1,048,576 rows, the heading repeated), "Chart data" (a block per indicator, periods down and
/// areas across) and "About" (what the extract is, its disclosure rule and counts). Parts are written one after another
/// as the figures arrive; the chart blocks wait in a temporary file until the data sheets are done, and the workbook's
/// sheet list is written last, once the number of data sheets is known.
/// </summary>
internal static class XlsxExtractWriter
{
    public const string DataSheet = "Data";
    public const string ChartSheet = "Chart data";
    public const string AboutSheetName = "About";

    /// <summary>The most rows a sheet holds in Excel, its heading included.</summary>
    public const int ExcelMaxRows = 1_048_576;

    private static readonly IReadOnlyList<double> DataWidths = [14, 44, 22, 12, 28, 14, 11, 12, 12, 12, 12, 12, 11, 20, 40, 14, 8, 20];

    public static async Task WriteAsync(
        Stream output,
        ExtractHeader header,
        ExtractRowShaper shaper,
        IAsyncEnumerable<Observation> observations,
        CancellationToken cancellationToken,
        int maxRowsPerSheet = ExcelMaxRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRowsPerSheet, 2);
        var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken)
            .ConfigureAwait(false);
        await using (zip.ConfigureAwait(false))
        {
            var chart = new ChartDataSpool(header.Areas);
            await using (chart.ConfigureAwait(false))
            {
                var sheetNames = await WriteDataSheetsAsync(zip, shaper, chart, observations, maxRowsPerSheet, cancellationToken).ConfigureAwait(false);

                var chartSheet = await WorksheetWriter.BeginAsync(
                    zip, WorkbookParts.SheetPath(sheetNames.Count + 1), ChartWidths(chart.Columns), freezeFirstRow: false, cancellationToken).ConfigureAwait(false);
                await using (chartSheet.ConfigureAwait(false))
                {
                    await chart.WriteToAsync(chartSheet, cancellationToken).ConfigureAwait(false);
                    await chartSheet.EndAsync(cancellationToken).ConfigureAwait(false);
                }

                var about = await WorksheetWriter.BeginAsync(
                    zip, WorkbookParts.SheetPath(sheetNames.Count + 2), AboutSheet.Widths, freezeFirstRow: false, cancellationToken).ConfigureAwait(false);
                await using (about.ConfigureAwait(false))
                {
                    AboutSheet.Write(about, header, shaper.Summary, sheetNames);
                    await about.EndAsync(cancellationToken).ConfigureAwait(false);
                }

                await WorkbookParts.WriteAsync(zip, [.. sheetNames, ChartSheet, AboutSheetName], cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes the figures into as many data sheets as they need; returns the sheets' names.</summary>
    private static async Task<List<string>> WriteDataSheetsAsync(
        ZipArchive zip,
        ExtractRowShaper shaper,
        ChartDataSpool chart,
        IAsyncEnumerable<Observation> observations,
        int maxRowsPerSheet,
        CancellationToken cancellationToken)
    {
        var names = new List<string> { DataSheet };
        var sheet = await BeginDataSheetAsync(zip, 1, cancellationToken).ConfigureAwait(false);
        try
        {
            await foreach (var observation in observations.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var row = shaper.Shape(observation);
                if (sheet.RowNumber >= maxRowsPerSheet)
                {
                    await sheet.EndAsync(cancellationToken).ConfigureAwait(false);
                    await sheet.DisposeAsync().ConfigureAwait(false);
                    names.Add(string.Create(CultureInfo.InvariantCulture, $"{DataSheet} {names.Count + 1}"));
                    sheet = await BeginDataSheetAsync(zip, names.Count, cancellationToken).ConfigureAwait(false);
                }

                sheet.StartRow();
                for (var c = 0; c < ExtractRow.Columns.Count; c++)
                {
                    sheet.Cell(c, row.Cell(c));
                }

                sheet.EndRow();
                chart.Add(row);
                await sheet.FlushIfFullAsync(cancellationToken).ConfigureAwait(false);
            }

            await sheet.EndAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await sheet.DisposeAsync().ConfigureAwait(false);
        }

        return names;
    }

    private static async Task<WorksheetWriter> BeginDataSheetAsync(ZipArchive zip, int number, CancellationToken cancellationToken)
    {
        var sheet = await WorksheetWriter.BeginAsync(zip, WorkbookParts.SheetPath(number), DataWidths, freezeFirstRow: true, cancellationToken)
            .ConfigureAwait(false);
        sheet.HeadingRow(ExtractRow.Columns);
        return sheet;
    }

    private static double[] ChartWidths(int columns) => [14, .. Enumerable.Repeat(16.0, Math.Min(columns, SheetColumns.Max) - 1)];
}
