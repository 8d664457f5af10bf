using System.Globalization;
using System.Text;
using Safeguarding.Analytics.Ingest.Spreadsheets;
using Safeguarding.Analytics.Warehouse.Disclosure;
using Safeguarding.Analytics.Warehouse.Observations;

namespace Safeguarding.Analytics.Ingest.Extracts.Files;

/// <summary>
/// Writes an extract's figures as they stream from the warehouse, with disclosure control applied to every row:
/// a figure built on a count of 1–5 leaves the file blank, with the reason in its own column.
/// </summary>
public static class ExtractFileWriter
{
    public static readonly string[] Columns =
    [
        "indicator_id", "indicator", "area_code", "area", "area_role", "period", "value", "numerator", "denominator",
        "lower_ci", "upper_ci", "status", "status_reason", "disclosure", "source", "version", "loaded_at_utc",
    ];

    public static async Task<ExtractFileSummary> WriteAsync(
        Stream output, ExtractFormat format, ExtractHeader header, IAsyncEnumerable<Observation> observations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(observations);
        if (format != ExtractFormat.Csv)
        {
            throw new NotSupportedException($"Extract format {format} is not written yet.");
        }

        var indicators = header.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var areas = header.Areas.ToDictionary(a => a.Area.Code, StringComparer.Ordinal);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        await writer.WriteAsync(string.Join(',', Columns) + "\r\n").ConfigureAwait(false);
        long rows = 0, suppressed = 0;
        await foreach (var o in observations.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var indicator = indicators.TryGetValue(o.IndicatorId, out var i) ? i
                : throw new InvalidOperationException($"Extract {header.RunId} was sent indicator {o.IndicatorId}, which it did not ask for.");
            var area = areas.TryGetValue(o.AreaCode, out var a) ? a
                : throw new InvalidOperationException($"Extract {header.RunId} was sent area {o.AreaCode}, which it did not ask for.");
            var reason = FigureDisclosure.Reason(o, indicator, header.Disclosure);
            if (reason is not null)
            {
                suppressed++;
            }

            string Number(double? value) => reason is null && value is { } v ? SpreadsheetCells.CsvNumber(v) : string.Empty;
            string[] cells =
            [
                SpreadsheetCells.CsvText(o.IndicatorId), SpreadsheetCells.CsvText(indicator.Name), SpreadsheetCells.CsvText(o.AreaCode),
                SpreadsheetCells.CsvText(area.Area.Name), SpreadsheetCells.CsvText(area.Role), SpreadsheetCells.CsvText(o.PeriodKey),
                Number(o.Value), Number(o.Numerator), Number(o.Denominator), Number(o.LowerCi), Number(o.UpperCi),
                SpreadsheetCells.CsvText(o.Status.ToString().ToLowerInvariant()), SpreadsheetCells.CsvText(o.StatusReason),
                SpreadsheetCells.CsvText(reason), SpreadsheetCells.CsvText(o.Source), SpreadsheetCells.CsvNumber(o.Version),
                o.LoadedAt is { } at ? at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : string.Empty,
            ];
            await writer.WriteAsync(string.Join(',', cells) + "\r\n").ConfigureAwait(false);
            rows++;
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new ExtractFileSummary(rows, suppressed);
    }
}
