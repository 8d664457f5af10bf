using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Ingest.Extracts.Files.Xlsx;

/// <summary>
/// Builds the "Chart data" sheet while the data sheet is written: one block per indicator — its name and unit, then a
/// row per period in order with a column per area in the extract's area order, values only (a withheld figure is
/// blank). Rows arrive ordered by indicator, so only the indicator in hand is held (its areas × periods); each finished
/// block goes to a temporary file, which is replayed into the sheet once the data sheets are done.
/// </summary>
internal sealed class ChartDataSpool : IAsyncDisposable
{
    private const byte BlockRecord = 1;
    private const byte PeriodRecord = 2;

    private readonly IReadOnlyList<ExtractArea> areas;
    private readonly Dictionary<string, int> areaColumns = new(StringComparer.Ordinal);
    private readonly FileStream file;
    private readonly BinaryWriter spool;
    private readonly Dictionary<string, double?[]> periods = new(StringComparer.Ordinal);
    private Indicator? current;

    public ChartDataSpool(IReadOnlyList<ExtractArea> areas)
    {
        this.areas = areas;
        foreach (var area in areas)
        {
            areaColumns.TryAdd(area.Area.Code, areaColumns.Count);
        }

        file = new FileStream(
            Path.Combine(Path.GetTempPath(), "extract-chart-" + Guid.NewGuid().ToString("N") + ".tmp"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        spool = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>The widest a block is: the period column and one per area.</summary>
    public int Columns => areas.Count + 1;

    public void Add(ExtractRow row)
    {
        if (!ReferenceEquals(current, row.Indicator))
        {
            WriteBlock();
            current = row.Indicator;
        }

        if (!periods.TryGetValue(row.Observation.PeriodKey, out var values))
        {
            values = new double?[areas.Count];
            periods.Add(row.Observation.PeriodKey, values);
        }

        // With every version asked for, the last (latest) version of a figure is the one charted.
        values[areaColumns[row.Observation.AreaCode]] = row.ShownValue;
    }

    /// <summary>Writes the spooled blocks into the sheet, a blank row between blocks.</summary>
    public async Task WriteToAsync(WorksheetWriter sheet, CancellationToken cancellationToken)
    {
        WriteBlock();
        spool.Flush();
        file.Position = 0;
        using var reader = new BinaryReader(file, System.Text.Encoding.UTF8, leaveOpen: true);
        var heading = new List<string>(Columns) { "Period" };
        heading.AddRange(areas.Select(a => a.Area.Name));
        while (file.Position < file.Length)
        {
            if (reader.ReadByte() == BlockRecord)
            {
                if (sheet.RowNumber > 0)
                {
                    sheet.StartRow();
                    sheet.EndRow();
                }

                sheet.StartRow();
                sheet.Text(0, reader.ReadString(), bold: true);
                sheet.Text(1, reader.ReadString());
                sheet.EndRow();
                sheet.HeadingRow(heading);
                continue;
            }

            sheet.StartRow();
            sheet.Text(0, reader.ReadString());
            for (var column = 1; column < Columns; column++)
            {
                if (reader.ReadBoolean())
                {
                    sheet.Number(column, reader.ReadDouble());
                }
            }

            sheet.EndRow();
            await sheet.FlushIfFullAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await spool.DisposeAsync().ConfigureAwait(false);
        await file.DisposeAsync().ConfigureAwait(false);
    }

    private void WriteBlock()
    {
        if (current is null)
        {
            return;
        }

        spool.Write(BlockRecord);
        spool.Write(current.Name);
        spool.Write(current.Unit);
        foreach (var (key, values) in periods.OrderBy(p => p.Key, PeriodOrder.Instance))
        {
            spool.Write(PeriodRecord);
            spool.Write(key);
            foreach (var value in values)
            {
                spool.Write(value.HasValue);
                if (value is { } v)
                {
                    spool.Write(v);
                }
            }
        }

        periods.Clear();
        current = null;
    }

    /// <summary>Periods by start then end, as the board reads a series; a key that is not a period goes last.</summary>
    private sealed class PeriodOrder : IComparer<string>
    {
        public static readonly PeriodOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var (a, b) = (Period.TryParse(x, out var px) ? px : null, Period.TryParse(y, out var py) ? py : null);
            return (a, b) switch
            {
                ({ } pa, { } pb) => pa.CompareTo(pb) is var c and not 0 ? c : string.CompareOrdinal(x, y),
                (null, null) => string.CompareOrdinal(x, y),
                (null, _) => 1,
                _ => -1,
            };
        }
    }
}
