namespace Safeguarding.Analytics.Domain.Disclosure;

/// <summary>
/// Which suppressed figures of a printed table could still be worked out exactly from the figures shown, by any
/// combination of its sums (not only one sum at a time): the suppressed figures are the unknowns of the sums' linear
/// equations, and one is given away when the equations, reduced, leave it alone in a row.
/// </summary>
internal static class SuppressionAudit
{
    private const double Tolerance = 1e-9;

    /// <summary>The suppressed positions that the sums determine.</summary>
    public static IReadOnlyList<(int Row, int Column)> Recoverable(bool[,] suppressed, IEnumerable<IReadOnlyList<(int Row, int Column)>> sums)
    {
        var unknowns = new List<(int Row, int Column)>();
        for (var r = 0; r < suppressed.GetLength(0); r++)
        {
            for (var c = 0; c < suppressed.GetLength(1); c++)
            {
                if (suppressed[r, c])
                {
                    unknowns.Add((r, c));
                }
            }
        }

        if (unknowns.Count == 0)
        {
            return [];
        }

        var index = unknowns.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        // Each sum: its cells minus its total (the last position) is zero. Only the unknowns' coefficients matter.
        var equations = sums
            .Select(sum =>
            {
                var row = new double[unknowns.Count];
                for (var k = 0; k < sum.Count; k++)
                {
                    if (index.TryGetValue(sum[k], out var i))
                    {
                        row[i] += k == sum.Count - 1 ? -1 : 1;
                    }
                }

                return row;
            })
            .Where(row => row.Any(v => Math.Abs(v) > Tolerance))
            .ToList();

        var pivots = Reduce(equations, unknowns.Count);
        return pivots
            .Where(p => Enumerable.Range(0, unknowns.Count).All(j => j == p.Column || Math.Abs(equations[p.Row][j]) < Tolerance))
            .Select(p => unknowns[p.Column])
            .ToList();
    }

    /// <summary>Reduced row echelon form in place; the (row, column) of each pivot.</summary>
    private static List<(int Row, int Column)> Reduce(List<double[]> rows, int columns)
    {
        var pivots = new List<(int Row, int Column)>();
        var next = 0;
        for (var column = 0; column < columns && next < rows.Count; column++)
        {
            var best = Enumerable.Range(next, rows.Count - next).MaxBy(r => Math.Abs(rows[r][column]));
            if (Math.Abs(rows[best][column]) < Tolerance)
            {
                continue;
            }

            (rows[next], rows[best]) = (rows[best], rows[next]);
            var pivot = rows[next][column];
            for (var j = 0; j < columns; j++)
            {
                rows[next][j] /= pivot;
            }

            for (var r = 0; r < rows.Count; r++)
            {
                if (r != next && Math.Abs(rows[r][column]) > Tolerance)
                {
                    var factor = rows[r][column];
                    for (var j = 0; j < columns; j++)
                    {
                        rows[r][j] -= factor * rows[next][j];
                    }
                }
            }

            pivots.Add((next, column));
            next++;
        }

        return pivots;
    }
}
