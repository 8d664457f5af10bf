namespace Safeguarding.Analytics.Forecasting.Trend;

/// <summary>
/// The exact distribution of the Mann-Kendall S when there is no trend and no ties: every ordering of the values is
/// equally likely, and S is the number of pairs in order minus the number out of order.
/// </summary>
internal static class KendallExactNull
{
    /// <summary>The largest series handled exactly (10! orderings).</summary>
    public const int MaximumLength = 10;

    /// <summary>The chance, with no trend, of an S at least as far from zero as <paramref name="s"/>.</summary>
    public static double TwoSidedP(int n, int s)
    {
        // counts[k] = orderings of n values with k pairs out of order (Mahonian numbers), built one value at a time.
        var counts = new long[] { 1 };
        for (var m = 2; m <= n; m++)
        {
            var next = new long[counts.Length + m - 1];
            for (var k = 0; k < counts.Length; k++)
            {
                for (var added = 0; added < m; added++)
                {
                    next[k + added] += counts[k];
                }
            }

            counts = next;
        }

        var pairs = n * (n - 1) / 2;
        long atLeastAsExtreme = 0;
        long total = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            total += counts[k];
            if (Math.Abs(pairs - (2 * k)) >= Math.Abs(s))
            {
                atLeastAsExtreme += counts[k];
            }
        }

        return (double)atLeastAsExtreme / total;
    }
}
