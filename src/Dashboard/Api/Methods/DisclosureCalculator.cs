using Safeguarding.Analytics.Domain.Disclosure;

namespace Safeguarding.Analytics.Dashboard.Api.Methods;

/// <summary>
/// <c>POST /api/methods/disclosure</c>: the service's small-number suppression applied to a table of counts as an
/// output would print it, with its row, column and grand totals — which figures are hidden and why, so an analyst can
/// see the rule work before a table leaves the service.
/// </summary>
internal static class DisclosureCalculator
{
    /// <summary>The largest table taken: the whole-table check solves a system of equations over every figure.</summary>
    public const int MaxSide = 30;

    /// <summary>The largest count taken: far past any population, and small enough that a full table's totals fit a long.</summary>
    public const long MaxCount = 1_000_000_000_000_000;

    public static IResult Answer(DisclosureRequest request)
    {
        var table = new CountTable(Cells(request.Counts));
        var disclosed = SmallNumberSuppression.Apply(table, DisclosureRule.Standard);
        var (rows, columns) = (disclosed.Rows, disclosed.Columns);
        object Cell(int r, int c) => new { value = disclosed.Cells[r, c].Value, suppressed = disclosed.Cells[r, c].SuppressedBecause };
        return Results.Ok(new
        {
            rule = DisclosureRule.Standard.SmallCountReason,
            cells = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, columns).Select(c => Cell(r, c))),
            rowTotals = Enumerable.Range(0, rows).Select(r => Cell(r, columns)),
            columnTotals = Enumerable.Range(0, columns).Select(c => Cell(rows, c)),
            grandTotal = Cell(rows, columns),
            suppressedFigures = disclosed.Cells.Cast<DisclosedCell>().Count(c => c.IsSuppressed),
        });
    }

    private static long[,] Cells(long[][]? counts)
    {
        if (counts is not { Length: > 0 } || counts[0] is not { Length: > 0 })
        {
            throw new ArgumentException("Give the table as \"counts\": [[...], [...]], one array of counts per row.");
        }

        var columns = counts[0].Length;
        if (counts.Length > MaxSide || columns > MaxSide)
        {
            throw new ArgumentException($"The table is {counts.Length} by {columns}; at most {MaxSide} by {MaxSide} is taken.");
        }

        var cells = new long[counts.Length, columns];
        for (var r = 0; r < counts.Length; r++)
        {
            if (counts[r]?.Length != columns)
            {
                throw new ArgumentException($"Row {r + 1} has {Counts(counts[r]?.Length ?? 0)} where the first row has {columns}: every row needs the same number.");
            }

            for (var c = 0; c < columns; c++)
            {
                cells[r, c] = counts[r][c] switch
                {
                    < 0 => throw new ArgumentException($"Row {r + 1}, column {c + 1} is {counts[r][c]}: a count cannot be negative."),
                    > MaxCount => throw new ArgumentException($"Row {r + 1}, column {c + 1} is {counts[r][c]:N0}: a count in a table is at most {MaxCount:N0}, so that its totals can be added up."),
                    var count => count,
                };
            }
        }

        return cells;
    }

    private static string Counts(int n) => n == 1 ? "1 count" : $"{n} counts";
}
