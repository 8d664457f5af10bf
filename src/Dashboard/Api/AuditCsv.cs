using System.Globalization;
using System.Text;
using Safeguarding.Analytics.Ingest.Spreadsheets;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// The audit trail as CSV (RFC 4180) for a spreadsheet. Text cells go through <see cref="SpreadsheetCells"/>, which
/// neutralises anything a spreadsheet would read as a formula, since details, file names and actors come from outside
/// the service.
/// </summary>
internal static class AuditCsv
{
    public const string Header = "id,at_utc,actor,action,subject_type,subject_id,detail,client_address";

    public static string Write(IEnumerable<AuditEvent> events)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var e in events)
        {
            string[] cells =
            [
                Cell(e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
                Cell(e.Actor), Cell(e.Action), Cell(e.SubjectType), Cell(e.SubjectId), Cell(e.Detail), Cell(e.ClientAddress),
            ];
            csv.Append(SpreadsheetCells.CsvNumber(e.Id)).Append(',').AppendJoin(',', cells).Append("\r\n");
        }

        return csv.ToString();
    }

    public static string Cell(string? value) => SpreadsheetCells.CsvText(value);
}
