using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Safeguarding.Analytics.Warehouse.Records;

namespace Safeguarding.Analytics.Ingest.Records;

/// <summary>
/// Checks and converts a record feed's cells from UTF-8 bytes, without a regular expression or a string per cell. A bad
/// cell is recorded as a problem naming the row and column, and gives null. A bad pseudonymised id is never repeated
/// in the message: it may be a name or an email address that should not have been sent.
/// </summary>
internal sealed class RecordCells(LocalAuthorityCodes areas, DateOnly today)
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    private static readonly SearchValues<byte> LowerHex = SearchValues.Create("0123456789abcdef"u8);

    public DateOnly Today => today;

    public static string? Pseudonym(RecordFileRows rows, int column)
    {
        var cell = rows.Cell(column);
        if (cell.Length is >= 16 and <= 64 && !cell.ContainsAnyExcept(LowerHex))
        {
            return Encoding.ASCII.GetString(cell);
        }

        rows.Problem(column, cell.IsEmpty
            ? "is empty; a pseudonymised id is expected."
            : "is not a pseudonymised id: 16 to 64 lower-case hexadecimal characters (a salted hash made before sending). The value is not repeated here, as it may identify someone.");
        return null;
    }

    public DateOnly? Date(RecordFileRows rows, int column)
    {
        var cell = rows.Cell(column);
        if (!TryDate(cell, out var date))
        {
            rows.Problem(column, $"{Shown(cell)} is not a date written yyyy-MM-dd.");
            return null;
        }

        if (date > today)
        {
            rows.Problem(column, $"{Shown(cell)} is in the future.");
            return null;
        }

        if (date < Earliest)
        {
            rows.Problem(column, $"{Shown(cell)} is before 2000.");
            return null;
        }

        return date;
    }

    public string? Area(RecordFileRows rows, int column)
    {
        var cell = rows.Cell(column);
        var code = areas.Find(cell);
        if (code is null)
        {
            rows.Problem(column, $"{Shown(cell)} is not the code of a local authority in the area list.");
        }

        return code;
    }

    public static RiskLevel? Risk(RecordFileRows rows, int column)
    {
        var cell = rows.Cell(column);
        RiskLevel? risk = Ascii.EqualsIgnoreCase(cell, "standard"u8) ? RiskLevel.Standard
            : Ascii.EqualsIgnoreCase(cell, "medium"u8) ? RiskLevel.Medium
            : Ascii.EqualsIgnoreCase(cell, "high"u8) ? RiskLevel.High
            : null;
        if (risk is null)
        {
            rows.Problem(column, $"{Shown(cell)} is not a risk level: standard, medium or high.");
        }

        return risk;
    }

    public static bool? Flag(RecordFileRows rows, int column)
    {
        var cell = rows.Cell(column);
        if (cell.SequenceEqual("1"u8) || Ascii.EqualsIgnoreCase(cell, "true"u8) || Ascii.EqualsIgnoreCase(cell, "y"u8) || Ascii.EqualsIgnoreCase(cell, "yes"u8))
        {
            return true;
        }

        if (cell.SequenceEqual("0"u8) || Ascii.EqualsIgnoreCase(cell, "false"u8) || Ascii.EqualsIgnoreCase(cell, "n"u8) || Ascii.EqualsIgnoreCase(cell, "no"u8))
        {
            return false;
        }

        rows.Problem(column, $"{Shown(cell)} is not 1 or 0 (true/false, y/n).");
        return null;
    }

    public static long? WholeNumber(RecordFileRows rows, int column, long from, long to)
    {
        var cell = rows.Cell(column);
        if (!Utf8Parser.TryParse(cell, out long number, out var used) || used != cell.Length || cell.IsEmpty)
        {
            rows.Problem(column, $"{Shown(cell)} is not a whole number.");
            return null;
        }

        if (number < from || number > to)
        {
            rows.Problem(column, to == long.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"{number} is below {from}.")
                : string.Create(CultureInfo.InvariantCulture, $"{number} is outside {from}–{to}."));
            return null;
        }

        return number;
    }

    public static OutcomeType? Outcome(RecordFileRows rows, int column)
    {
        var cell = rows.Cell(column);
        foreach (var (code, type) in OutcomeCodes)
        {
            if (Ascii.EqualsIgnoreCase(cell, code))
            {
                return type;
            }
        }

        rows.Problem(column, $"{Shown(cell)} is not an outcome type: {string.Join(", ", OutcomeTypes.All.Select(t => t.Code()))}.");
        return null;
    }

    private static readonly (byte[] Code, OutcomeType Type)[] OutcomeCodes =
        [.. OutcomeTypes.All.Select(t => (Encoding.ASCII.GetBytes(t.Code()), t))];

    /// <summary>yyyy-MM-dd exactly, a day that exists.</summary>
    internal static bool TryDate(ReadOnlySpan<byte> cell, out DateOnly date)
    {
        date = default;
        if (cell.Length != 10 || cell[4] != (byte)'-' || cell[7] != (byte)'-'
            || !TryDigits(cell[..4], out var year) || !TryDigits(cell.Slice(5, 2), out var month) || !TryDigits(cell.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int number)
    {
        number = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            number = (number * 10) + (digit - '0');
        }

        return true;
    }

    /// <summary>A cell's text for a message: quoted and cut short.</summary>
    private static string Shown(ReadOnlySpan<byte> cell)
    {
        if (cell.IsEmpty)
        {
            return "an empty cell";
        }

        var text = Encoding.UTF8.GetString(cell[..Math.Min(cell.Length, 40)]);
        return $"'{text}{(cell.Length > 40 ? "…" : "")}'";
    }
}
