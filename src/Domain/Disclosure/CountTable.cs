namespace Safeguarding.Analytics.Domain.Disclosure;

/// <summary>
/// A table of counts (for example areas by quarter) with its row totals, column totals and grand total, as an output
/// would print it. Totals are worked out from the cells, so they always add up.
/// </summary>
public sealed class CountTable
{
    public CountTable(long[,] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Cells = (long[,])cells.Clone();
        Rows = cells.GetLength(0);
        Columns = cells.GetLength(1);
        foreach (var cell in Cells)
        {
            if (cell < 0)
            {
                throw new ArgumentException("A count cannot be negative.", nameof(cells));
            }
        }
    }

    public long[,] Cells { get; }

    public int Rows { get; }

    public int Columns { get; }

    public long RowTotal(int row) => Enumerable.Range(0, Columns).Sum(c => Cells[row, c]);

    public long ColumnTotal(int column) => Enumerable.Range(0, Rows).Sum(r => Cells[r, column]);

    public long GrandTotal => Enumerable.Range(0, Rows).Sum(RowTotal);
}
