using System.Globalization;
using System.Text;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Ingest.Spreadsheets;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>
/// The demo's partner returns as the agencies would have sent them since the demo's first quarter: each agency's
/// figures for each quarter in the long CSV layout, with the notes it wrote, and in the year's last quarter the annual
/// figures it owes, as they were later published; each received a few days before its deadline. A return planted with
/// a slip (a value that disagrees with its own counts) is sent as first written, to be refused, and corrected two days
/// later. A quarter the agency could not report comes as a nil return: every row missing, with the reason.
/// Pure and deterministic, like the figures themselves.
/// </summary>
public static class DemoReturnFiles
{
    /// <summary>Who the demo's returns are received from, in the submissions' history and the audit trail.</summary>
    public const string Sender = "demo";

    /// <summary>How the demo's returns arrive: through the same intake as an upload, named for what they are.</summary>
    public const string Via = "demo";

    public static IReadOnlyList<DemoReturn> For(
        DemoInputs inputs, IReadOnlyList<Agency> agencies, IReadOnlyList<Observation> stored, IReadOnlyList<Observation> asFirstSent)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(agencies);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(asFirstSent);
        var indicators = inputs.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var notes = DemoCommentary.For(inputs, agencies).ToDictionary(n => (n.IndicatorId, n.PeriodKey), n => n.Text);
        var figures = stored.ToLookup(o => o.PeriodKey, StringComparer.Ordinal);
        var firstSent = asFirstSent.ToDictionary(o => (o.IndicatorId, o.PeriodKey));
        var returns = new List<DemoReturn>();
        foreach (var quarter in Period.QuartersBetween(inputs.FirstQuarter, inputs.LastQuarter))
        {
            foreach (var agency in agencies)
            {
                var rows = figures[quarter.Key].Where(o => agency.Owns(indicators[o.IndicatorId])).OrderBy(o => o.IndicatorId, StringComparer.Ordinal).ToList();
                if (rows.Count == 0)
                {
                    continue;
                }

                var annual = quarter.Quarter == 4 ? AnnualRows(inputs, agency, quarter) : [];
                // Three to eight days before the deadline, in working hours.
                var random = new DemoRandom(inputs.Seed, "received", agency.Id, quarter.Key);
                var deadline = agency.ReturnDeadline(quarter).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
                var early = TimeSpan.FromDays(3 + (int)(random.NextUniform() * 6)) - TimeSpan.FromMinutes((int)(random.NextUniform() * 480));
                var fileName = $"{agency.Id}_{quarter.Key.Replace(' ', '_')}.csv";
                var asWritten = rows.Select(o => firstSent.GetValueOrDefault((o.IndicatorId, o.PeriodKey), o)).ToList();
                if (!asWritten.SequenceEqual(rows))
                {
                    returns.Add(new DemoReturn(agency, quarter, fileName, Csv(inputs.AreaCode, asWritten, annual, notes), deadline - early - TimeSpan.FromDays(2)));
                }

                returns.Add(new DemoReturn(agency, quarter, fileName, Csv(inputs.AreaCode, rows, annual, notes), deadline - early));
            }
        }

        return returns;
    }

    /// <summary>The agency's annual figures for the year the quarter ends, where the year's figure was published.</summary>
    private static List<(string IndicatorId, string PeriodKey, double Value)> AnnualRows(DemoInputs inputs, Agency agency, Period quarter)
    {
        var year = quarter.FinancialYearOf().Key;
        return
        [
            .. inputs.Indicators
                .Where(i => i.Frequency == Frequency.Annual && agency.Owns(i))
                .Where(i => inputs.AnnualLevels.ContainsKey((i.Id, year)))
                .OrderBy(i => i.Id, StringComparer.Ordinal)
                .Select(i => (i.Id, year, inputs.AnnualLevels[(i.Id, year)])),
        ];
    }

    private static byte[] Csv(
        string areaCode,
        IEnumerable<Observation> rows,
        IEnumerable<(string IndicatorId, string PeriodKey, double Value)> annual,
        IReadOnlyDictionary<(string, string), string> notes)
    {
        var csv = new StringBuilder(ReturnColumns.Header).Append('\n');
        foreach (var o in rows)
        {
            var note = notes.GetValueOrDefault((o.IndicatorId, o.PeriodKey)) ?? o.StatusReason ?? string.Empty;
            csv.Append(CultureInfo.InvariantCulture, $"{o.IndicatorId},{o.AreaCode},{o.PeriodKey},{Number(o.Value)},{Number(o.Numerator)},{Number(o.Denominator)},{Status(o.Status)},{SpreadsheetCells.CsvText(note)}\n");
        }

        foreach (var (indicatorId, periodKey, value) in annual)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{indicatorId},{areaCode},{periodKey},{Number(value)},,,final,\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string Number(double? value) => value is { } v ? SpreadsheetCells.CsvNumber(v) : string.Empty;

    private static string Status(ObservationStatus status) => status switch
    {
        ObservationStatus.Missing => "missing",
        ObservationStatus.Provisional => "provisional",
        ObservationStatus.Suppressed => "suppressed",
        _ => "final",
    };
}

/// <summary>One of the demo's returns: the agency's file for the quarter and when it was received.</summary>
public sealed record DemoReturn(Agency Agency, Period Quarter, string FileName, byte[] Content, DateTime ReceivedAt);
