namespace Safeguarding.Analytics.Domain.Disclosure;

/// <summary>
/// A count table after disclosure control: every cell and total, shown or suppressed with its reason. The layout is
/// the table's own with one more row and column: <c>[Rows, c]</c> holds the column totals, <c>[r, Columns]</c> the row
/// totals and <c>[Rows, Columns]</c> the grand total.
/// </summary>
public sealed record DisclosedTable(DisclosedCell[,] Cells, int Rows, int Columns);

/// <summary>
/// Small-number suppression with secondary suppression, in one place for every output that leaves the service.
/// <list type="number">
/// <item>Primary: each cell and total from 1 to 5 is suppressed.</item>
/// <item>Secondary: each row (its cells and its total), each column (its cells and its total), the row of column totals
/// and the column of row totals with the grand total are sums that must hold; a sum with exactly one figure
/// suppressed would give it away by subtraction, so the smallest other figure in it that is not zero is suppressed
/// too, cells before totals (<see cref="SecondarySuppression"/>). This repeats until no sum has exactly one figure
/// suppressed.</item>
/// <item>Then the interval audit (<see cref="IntervalAudit"/>) checks the whole table at once, over non-negative whole
/// numbers: a suppressed count of 1 to 5 must be able to be 0, or 6 or more, and no suppressed figure may be pinned to
/// one value; one that is gets a further partner in a sum that holds it, and the checks run again.</item>
/// </list>
/// A zero is never suppressed for being small, and is suppressed as a secondary only when nothing else in its sum can be.
/// </summary>
public static class SmallNumberSuppression
{
    public static DisclosedTable Apply(CountTable table, DisclosureRule rule)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rule);
        var (rows, columns) = (table.Rows, table.Columns);
        var values = new long[rows + 1, columns + 1];
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                values[r, c] = (r < rows, c < columns) switch
                {
                    (true, true) => table.Cells[r, c],
                    (true, false) => table.RowTotal(r),
                    (false, true) => table.ColumnTotal(c),
                    _ => table.GrandTotal,
                };
            }
        }

        var reasons = new string?[rows + 1, columns + 1];
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                if (rule.IsSmall(values[r, c]))
                {
                    reasons[r, c] = rule.SmallCountReason;
                }
            }
        }

        // Each cell and total is its own figure; the sums are the table's rows and columns, totals last.
        var counts = new CountSums();
        var withheld = new bool[(rows + 1) * (columns + 1)];
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                var cell = counts.AddCell(values[r, c], (r * (columns + 1)) + c);
                withheld[cell] = reasons[r, c] is not null;
            }
        }

        foreach (var sum in Sums(rows, columns))
        {
            counts.AddSum([.. sum.Take(sum.Count - 1).Select(p => (p.Row * (columns + 1)) + p.Column)], (sum[^1].Row * (columns + 1)) + sum[^1].Column);
        }

        SecondarySuppression.Apply(counts, withheld, rule, exactness: true);
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                if (withheld[(r * (columns + 1)) + c])
                {
                    reasons[r, c] ??= DisclosureRule.SecondaryReason;
                }
            }
        }

        var cells = new DisclosedCell[rows + 1, columns + 1];
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                cells[r, c] = reasons[r, c] is { } reason ? DisclosedCell.Suppressed(reason) : DisclosedCell.Shown(values[r, c]);
            }
        }

        return new DisclosedTable(cells, rows, columns);
    }

    /// <summary>A rate or percentage: not shown when the count it is built on is suppressed or small.</summary>
    public static DisclosedRate Rate(double? value, long? numerator, DisclosureRule rule, bool numeratorSuppressed = false)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return numeratorSuppressed || (numerator is { } count && rule.IsSmall(count))
            ? new DisclosedRate(null, rule.RateReason)
            : new DisclosedRate(value, null);
    }

    /// <summary>
    /// Each sum the printed table must hold, as the positions of its figures with its total last: the rows (the last
    /// being the column totals), then the columns (the last being the row totals).
    /// </summary>
    internal static List<IReadOnlyList<(int Row, int Column)>> Sums(int rows, int columns)
    {
        var sums = new List<IReadOnlyList<(int Row, int Column)>>();
        for (var r = 0; r <= rows; r++)
        {
            sums.Add([.. Enumerable.Range(0, columns + 1).Select(c => (r, c))]);
        }

        for (var c = 0; c <= columns; c++)
        {
            sums.Add([.. Enumerable.Range(0, rows + 1).Select(r => (r, c))]);
        }

        return sums;
    }
}
