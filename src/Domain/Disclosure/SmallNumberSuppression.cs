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
/// too, cells before totals. This repeats until no sum has exactly one figure suppressed.</item>
/// <item>Then the whole table is checked as a set of equations (<see cref="SuppressionAudit"/>): a suppressed figure
/// that several sums together still give away gets a further partner in its row, and the checks run again.</item>
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

        var sums = Sums(rows, columns);
        while (true)
        {
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var sum in sums.Where(sum => sum.Count(p => reasons[p.Row, p.Column] is not null) == 1))
                {
                    changed |= SuppressPartner(sum, values, reasons, rows, columns);
                }
            }

            var suppressed = new bool[rows + 1, columns + 1];
            for (var r = 0; r <= rows; r++)
            {
                for (var c = 0; c <= columns; c++)
                {
                    suppressed[r, c] = reasons[r, c] is not null;
                }
            }

            var givenAway = SuppressionAudit.Recoverable(suppressed, sums);
            if (givenAway.Count == 0)
            {
                break;
            }

            var (row, column) = givenAway[0];
            if (!SuppressPartner(sums[row], values, reasons, rows, columns) && !SuppressPartner(sums[rows + 1 + column], values, reasons, rows, columns))
            {
                throw new InvalidOperationException("Disclosure control found no further figure to suppress; the table cannot be released.");
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

    /// <summary>Suppresses the smallest figure of the sum not yet suppressed — not zero, a cell before a total — if there is one.</summary>
    private static bool SuppressPartner(IReadOnlyList<(int Row, int Column)> sum, long[,] values, string?[,] reasons, int rows, int columns)
    {
        var candidates = sum.Where(p => reasons[p.Row, p.Column] is null).ToList();
        if (candidates.Count == 0)
        {
            return false;
        }

        var partner = candidates
            .OrderBy(p => values[p.Row, p.Column] == 0 ? 1 : 0)
            .ThenBy(p => p.Row == rows || p.Column == columns ? 1 : 0)
            .ThenBy(p => values[p.Row, p.Column])
            .ThenBy(p => p.Row)
            .ThenBy(p => p.Column)
            .First();
        reasons[partner.Row, partner.Column] = DisclosureRule.SecondaryReason;
        return true;
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
