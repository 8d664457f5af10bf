namespace Safeguarding.Analytics.Forecasting.Spc;

/// <summary>
/// The NHSRplotthedots special-cause rules, each returning for every point whether it belongs to a run that the rule
/// flags. A run is flagged at its last point and then every point in it is marked, as the package does.
/// </summary>
internal static class SpecialCauseRules
{
    /// <summary>Points that belong to a run of <paramref name="length"/> points on the same side of the mean.</summary>
    public static bool[] Shift(IReadOnlyList<int> sideOfMean, int length)
    {
        var runEnds = new bool[sideOfMean.Count];
        for (var i = length - 1; i < sideOfMean.Count; i++)
        {
            var side = sideOfMean[i];
            if (side == 0)
            {
                continue;
            }

            var sameSide = true;
            for (var k = 1; k < length && sameSide; k++)
            {
                sameSide = sideOfMean[i - k] == side;
            }

            runEnds[i] = sameSide;
        }

        return MarkWholeRuns(runEnds, length);
    }

    /// <summary>
    /// Points that belong to a run of <paramref name="length"/> points each strictly higher (or each strictly lower)
    /// than the one before.
    /// </summary>
    public static bool[] Trend(IReadOnlyList<double> values, int length)
    {
        var runEnds = new bool[values.Count];
        for (var i = length - 1; i < values.Count; i++)
        {
            var rising = true;
            var falling = true;
            for (var k = i - length + 2; k <= i; k++)
            {
                rising &= values[k] > values[k - 1];
                falling &= values[k] < values[k - 1];
            }

            runEnds[i] = rising || falling;
        }

        return MarkWholeRuns(runEnds, length);
    }

    /// <summary>
    /// For points in a trend, whether the trend there is rising (+1) or falling (−1). As in NHSRplotthedots, a point
    /// followed by another trend point takes the direction of the step to the next point; otherwise the direction of
    /// the step from the previous point.
    /// </summary>
    public static int[] TrendDirection(IReadOnlyList<double> values, IReadOnlyList<bool> inTrend)
    {
        var n = values.Count;
        var direction = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (!inTrend[i])
            {
                continue;
            }

            direction[i] = i + 1 < n && inTrend[i + 1]
                ? Math.Sign(values[i + 1] - values[i])
                : i == 0 ? 0 : Math.Sign(values[i] - values[i - 1]);
        }

        return direction;
    }

    /// <summary>
    /// Points beyond a near limit (but within the process limits) that sit in some window of three consecutive points
    /// holding at least two such points, with all three on the same side of the mean.
    /// </summary>
    public static bool[] TwoOfThree(IReadOnlyList<bool> closeToLimits, IReadOnlyList<int> sideOfMean)
    {
        var n = closeToLimits.Count;
        var flagged = new bool[n];
        for (var i = 0; i < n; i++)
        {
            if (!closeToLimits[i])
            {
                continue;
            }

            for (var start = i - 2; start <= i && !flagged[i]; start++)
            {
                flagged[i] = WindowQualifies(closeToLimits, sideOfMean, start);
            }
        }

        return flagged;
    }

    private static bool WindowQualifies(IReadOnlyList<bool> closeToLimits, IReadOnlyList<int> sideOfMean, int start)
    {
        if (start < 0 || start + 2 >= closeToLimits.Count)
        {
            return false;
        }

        var close = 0;
        var side = 0;
        for (var k = start; k < start + 3; k++)
        {
            close += closeToLimits[k] ? 1 : 0;
            side += sideOfMean[k];
        }

        return close >= 2 && Math.Abs(side) == 3;
    }

    private static bool[] MarkWholeRuns(bool[] runEnds, int length)
    {
        var marked = new bool[runEnds.Length];
        for (var i = 0; i < runEnds.Length; i++)
        {
            if (!runEnds[i])
            {
                continue;
            }

            for (var k = Math.Max(0, i - length + 1); k <= i; k++)
            {
                marked[k] = true;
            }
        }

        return marked;
    }
}
