using System.Numerics;
using Safeguarding.Analytics.Domain.Disclosure;

namespace Safeguarding.Analytics.Domain.Tests.Disclosure;

/// <summary>
/// Small-number suppression as an attacker would test it: every count of 1 to 5 is hidden, every figure shown is the
/// true one, and no hidden figure can be worked out from what is shown — checked by exact elimination over all the
/// table's sums together, written here independently of the service's own check.
/// </summary>
public class SmallNumberSuppressionTests
{
    private static readonly DisclosureRule Rule = DisclosureRule.Standard;

    [Fact]
    public void A_small_count_is_hidden_with_its_reason_and_partners_in_its_row_and_column_hide_it_from_the_totals()
    {
        var table = new CountTable(new long[,] { { 3, 40, 52 }, { 25, 31, 60 }, { 18, 22, 70 } });

        var disclosed = SmallNumberSuppression.Apply(table, Rule);

        Assert.Equal(Rule.SmallCountReason, disclosed.Cells[0, 0].SuppressedBecause);
        Assert.True(disclosed.Cells[0, 0].IsSuppressed);
        Assert.True(Count(disclosed, 0, row: true) >= 2);
        Assert.True(Count(disclosed, 0, row: false) >= 2);
        Assert.Contains(Flatten(disclosed), c => c.SuppressedBecause == DisclosureRule.SecondaryReason);
        AssertNothingRecoverable(table, disclosed);
    }

    [Fact]
    public void Zero_and_counts_of_six_or_more_are_shown_when_nothing_small_is_near()
    {
        var table = new CountTable(new long[,] { { 0, 6 }, { 12, 0 } });

        var disclosed = SmallNumberSuppression.Apply(table, Rule);

        Assert.DoesNotContain(Flatten(disclosed), c => c.IsSuppressed);
        Assert.Equal(18, disclosed.Cells[2, 2].Value);
    }

    [Fact]
    public void A_small_total_is_hidden_too()
    {
        var table = new CountTable(new long[,] { { 2, 1 }, { 30, 40 } });

        var disclosed = SmallNumberSuppression.Apply(table, Rule);

        Assert.True(disclosed.Cells[0, 2].IsSuppressed);
        AssertNothingRecoverable(table, disclosed);
    }

    [Fact]
    public void Many_tables_keep_every_hidden_figure_hidden_and_every_shown_figure_true()
    {
        var random = new Random(20261128);
        for (var trial = 0; trial < 400; trial++)
        {
            var (rows, columns) = (random.Next(1, 7), random.Next(1, 6));
            var cells = new long[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    cells[r, c] = random.Next(4) == 0 ? random.Next(0, 6) : random.Next(0, 40);
                }
            }

            var table = new CountTable(cells);
            var disclosed = SmallNumberSuppression.Apply(table, Rule);

            AssertNothingRecoverable(table, disclosed);
        }
    }

    [Fact]
    public void Many_tables_leave_every_hidden_small_count_able_to_be_zero_or_six_or_more()
    {
        var random = new Random(18407);
        for (var trial = 0; trial < 200; trial++)
        {
            var (rows, columns) = (random.Next(1, 6), random.Next(1, 5));
            var cells = new long[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    cells[r, c] = random.Next(3) == 0 ? random.Next(0, 6) : random.Next(0, 25);
                }
            }

            var table = new CountTable(cells);
            var disclosed = SmallNumberSuppression.Apply(table, Rule);

            Assert.Equal(Reasons(disclosed), Reasons(SmallNumberSuppression.Apply(table, Rule)));
            var truth = Truth(table);
            using var attacker = AttackerOf(disclosed, truth);
            for (var r = 0; r <= rows; r++)
            {
                for (var c = 0; c <= columns; c++)
                {
                    Assert.False(truth[r, c] == 0 && disclosed.Cells[r, c].SuppressedBecause == Rule.SmallCountReason, "A zero was suppressed as small.");
                    if (disclosed.Cells[r, c].IsSuppressed && Rule.IsSmall(truth[r, c]))
                    {
                        Assert.True(attacker.Safe($"{r},{c}"), $"Trial {trial}: the hidden {truth[r, c]} at ({r},{c}) is held to {attacker.Range($"{r},{c}")}.");
                    }
                }
            }
        }
    }

    [Fact]
    public void A_rate_on_a_small_or_hidden_count_is_hidden_with_its_reason()
    {
        Assert.Equal(Rule.RateReason, SmallNumberSuppression.Rate(0.4, 4, Rule).SuppressedBecause);
        Assert.True(SmallNumberSuppression.Rate(12.5, 30, Rule, numeratorSuppressed: true).IsSuppressed);
        Assert.Equal(0.0, SmallNumberSuppression.Rate(0.0, 0, Rule).Value);
        Assert.Equal(25.0, SmallNumberSuppression.Rate(25.0, 30, Rule).Value);
    }

    private static List<string?> Reasons(DisclosedTable table) => [.. Flatten(table).Select(c => c.SuppressedBecause)];

    /// <summary>The attacker's sums: each row and column of the printed table, its total last.</summary>
    private static Attacker AttackerOf(DisclosedTable disclosed, long[,] truth)
    {
        Figure At(int r, int c) => new($"{r},{c}", disclosed.Cells[r, c].IsSuppressed ? null : truth[r, c]);
        var attacker = new Attacker();
        for (var r = 0; r <= disclosed.Rows; r++)
        {
            attacker.Sum(Enumerable.Range(0, disclosed.Columns).Select(c => At(r, c)), At(r, disclosed.Columns));
        }

        for (var c = 0; c <= disclosed.Columns; c++)
        {
            attacker.Sum(Enumerable.Range(0, disclosed.Rows).Select(r => At(r, c)), At(disclosed.Rows, c));
        }

        return attacker;
    }

    private static int Count(DisclosedTable table, int index, bool row) =>
        Enumerable.Range(0, (row ? table.Columns : table.Rows) + 1).Count(i => (row ? table.Cells[index, i] : table.Cells[i, index]).IsSuppressed);

    private static IEnumerable<DisclosedCell> Flatten(DisclosedTable table) => table.Cells.Cast<DisclosedCell>();

    /// <summary>Primary suppression holds, shown figures are true, and exact elimination recovers no hidden figure.</summary>
    private static void AssertNothingRecoverable(CountTable table, DisclosedTable disclosed)
    {
        var truth = Truth(table);
        var hidden = new List<(int Row, int Column)>();
        for (var r = 0; r <= table.Rows; r++)
        {
            for (var c = 0; c <= table.Columns; c++)
            {
                var cell = disclosed.Cells[r, c];
                if (cell.IsSuppressed)
                {
                    hidden.Add((r, c));
                }
                else
                {
                    Assert.False(Rule.IsSmall(truth[r, c]), $"{truth[r, c]} at ({r},{c}) is shown.");
                    Assert.Equal(truth[r, c], cell.Value);
                }
            }
        }

        foreach (var (row, column) in hidden)
        {
            Assert.False(Determined(table, disclosed, hidden, (row, column)), $"The hidden figure at ({row},{column}) can be worked out from the totals.");
        }
    }

    private static long[,] Truth(CountTable table)
    {
        var truth = new long[table.Rows + 1, table.Columns + 1];
        for (var r = 0; r <= table.Rows; r++)
        {
            for (var c = 0; c <= table.Columns; c++)
            {
                truth[r, c] = (r < table.Rows, c < table.Columns) switch
                {
                    (true, true) => table.Cells[r, c],
                    (true, false) => table.RowTotal(r),
                    (false, true) => table.ColumnTotal(c),
                    _ => table.GrandTotal,
                };
            }
        }

        return truth;
    }

    /// <summary>
    /// Whether the hidden figure is fixed by the table's sums: it is exactly when adding the equation "this figure is
    /// free" does not raise the rank, i.e. when its unit vector lies in the row space. Exact fractions, no tolerance.
    /// </summary>
    private static bool Determined(CountTable table, DisclosedTable disclosed, List<(int Row, int Column)> hidden, (int Row, int Column) target)
    {
        var (rows, columns) = (table.Rows, table.Columns);
        var equations = new List<BigInteger[]>();
        for (var r = 0; r <= rows; r++)
        {
            equations.Add(Equation(Enumerable.Range(0, columns + 1).Select(c => (r, c)).ToList(), hidden));
        }

        for (var c = 0; c <= columns; c++)
        {
            equations.Add(Equation(Enumerable.Range(0, rows + 1).Select(r => (r, c)).ToList(), hidden));
        }

        var unit = new BigInteger[hidden.Count];
        unit[hidden.IndexOf(target)] = 1;
        return Rank([.. equations, unit]) == Rank(equations);
    }

    private static BigInteger[] Equation(List<(int Row, int Column)> sum, List<(int Row, int Column)> hidden)
    {
        var row = new BigInteger[hidden.Count];
        for (var k = 0; k < sum.Count; k++)
        {
            var i = hidden.IndexOf(sum[k]);
            if (i >= 0)
            {
                row[i] += k == sum.Count - 1 ? -1 : 1;
            }
        }

        return row;
    }

    /// <summary>Rank by fraction-free elimination over the integers.</summary>
    private static int Rank(List<BigInteger[]> matrix)
    {
        var rows = matrix.Select(r => (BigInteger[])r.Clone()).ToList();
        var rank = 0;
        var width = rows.Count == 0 ? 0 : rows[0].Length;
        for (var column = 0; column < width && rank < rows.Count; column++)
        {
            var pivot = rows.FindIndex(rank, r => !r[column].IsZero);
            if (pivot < 0)
            {
                continue;
            }

            (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
            for (var r = rank + 1; r < rows.Count; r++)
            {
                if (rows[r][column].IsZero)
                {
                    continue;
                }

                var (a, b) = (rows[rank][column], rows[r][column]);
                for (var j = 0; j < width; j++)
                {
                    rows[r][j] = (rows[r][j] * a) - (rows[rank][j] * b);
                }
            }

            rank++;
        }

        return rank;
    }
}
