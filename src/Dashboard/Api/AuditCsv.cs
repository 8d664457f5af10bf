using System.Globalization;
using System.Text;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Dashboard.Api;

/// <summary>
/// The audit trail as CSV (RFC 4180) for a spreadsheet. A cell that a spreadsheet would read as a formula (starting
/// with <c>= + - @</c>, a tab or a carriage return) is neutralised by a leading apostrophe, since details, file names
/// and actors come from outside the service.
/// </summary>
internal static class AuditCsv
{
    public const string Header = "id,at_utc,actor,action,subject_type,subject_id,detail,client_address";

    public static string Write(IEnumerable<AuditEvent> events)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var e in events)
        {
            string?[] cells =
            [
                e.Id.ToString(CultureInfo.InvariantCulture), e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                e.Actor, e.Action, e.SubjectType, e.SubjectId, e.Detail, e.ClientAddress,
            ];
            csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }

        return csv.ToString();
    }

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
