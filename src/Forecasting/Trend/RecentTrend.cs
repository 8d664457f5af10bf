namespace Safeguarding.Analytics.Forecasting.Trend;

/// <summary>
/// The Fingertips "recent trend" marker (PHE, now OHID/UKHSA, Fingertips <c>TrendMarkerCalculator</c>): is there a
/// significant rise or fall over the five most recent periods?
/// </summary>
/// <remarks>
/// <para>
/// Only the unbroken run of usable periods ending at the latest one counts; a gap (a missing or suppressed figure)
/// ends the run. With fewer than five periods in that run the trend cannot be calculated.
/// </para>
/// <para>
/// A trend is significant when the chi-square statistic exceeds 9.5495 (99.8% confidence) and, as a guard against a
/// single outlying period, the fitted direction stays the same when each of the five periods is left out in turn.
/// </para>
/// <para>Series are given oldest first.</para>
/// </remarks>
public static class RecentTrend
{
    /// <summary>How many of the most recent periods the method looks at.</summary>
    public const int PointsToUse = 5;

    /// <summary>The chi-square value (one degree of freedom) exceeded with 0.2% chance: 99.8% confidence.</summary>
    public const double ChiSquareThreshold = 9.54953570608324;

    /// <summary>Width of a 95% confidence interval in standard errors (2 × 1.96).</summary>
    private const double StandardErrorsPer95Interval = 3.92;

    /// <summary>
    /// Recent trend of a proportion by the chi-square test for trend (Cochran-Armitage) on the numerators and
    /// denominators, as Fingertips does for indicators compared by "SPC for proportions". The outlier guard fits a
    /// straight line to the log odds, ln(numerator / (denominator − numerator)). Fingertips cannot calculate the trend
    /// when any period in the usable run has a numerator equal to its denominator.
    /// </summary>
    /// <remarks>
    /// Fingertips leaves the direction of a significant proportion trend unset in this branch; here it is taken from
    /// the sign of the test's own numerator term, positive when the proportion rises over time. A run whose
    /// numerators are all zero shows no significant change.
    /// </remarks>
    public static RecentTrendResult ForProportions(IReadOnlyList<ProportionObservation> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (UnusableReason(series.Count, series.Reverse().TakeWhile(p => p.IsUsable).ToList(), out var run) is { } reason)
        {
            return CannotBeCalculated(reason);
        }

        if (run.Any(p => p.Numerator == p.Denominator))
        {
            return CannotBeCalculated("The recent trend cannot be calculated when a numerator equals its denominator");
        }

        var recent = run.Take(PointsToUse).Reverse().ToArray();
        double totalN = 0, totalR = 0, sumRT = 0, sumNT = 0, sumNT2 = 0;
        for (var i = 0; i < recent.Length; i++)
        {
            var t = i + 1.0;
            totalN += recent[i].Denominator;
            totalR += recent[i].Numerator;
            sumRT += recent[i].Numerator * t;
            sumNT += recent[i].Denominator * t;
            sumNT2 += recent[i].Denominator * t * t;
        }

        var direction = (totalN * sumRT) - (totalR * sumNT);
        var chiSquare = totalN * direction * direction / (totalR * (totalN - totalR) * ((totalN * sumNT2) - (sumNT * sumNT)));
        if (!double.IsFinite(chiSquare))
        {
            return new RecentTrendResult(RecentTrendMarkers.NoSignificantChange, 0, false, PointsToUse, string.Empty);
        }

        var logOdds = recent.Select(p => Math.Log(p.Numerator / (p.Denominator - p.Numerator))).ToArray();
        var consistent = DirectionHoldsWithEachPointLeftOut(left => LogOddsSlope(logOdds, left));
        return Verdict(chiSquare, consistent, direction);
    }

    /// <summary>
    /// Recent trend of a rate or other value by weighted least squares on time, each period weighted by
    /// 1 / (standard error)², the standard error being the 95% confidence interval's width divided by 3.92. The
    /// statistic is (slope / its standard error)².
    /// </summary>
    public static RecentTrendResult ForRates(IReadOnlyList<RateObservation> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (UnusableReason(series.Count, series.Reverse().TakeWhile(p => p.IsUsable).ToList(), out var run) is { } reason)
        {
            return CannotBeCalculated(reason);
        }

        var recent = run.Take(PointsToUse).Reverse().ToArray();
        var (slope, slopeStandardError) = WeightedSlope(recent, leftOut: 0);
        var chiSquare = Math.Pow(slope / slopeStandardError, 2);
        var consistent = DirectionHoldsWithEachPointLeftOut(left => WeightedSlope(recent, left).Slope);
        return Verdict(double.IsFinite(chiSquare) ? chiSquare : 0, consistent, slope);
    }

    private static string? UnusableReason<T>(int total, List<T> usableFromLatest, out List<T> run)
    {
        run = usableFromLatest;
        if (total < PointsToUse)
        {
            return "Not enough data points to calculate recent trend";
        }

        return usableFromLatest.Count < PointsToUse
            ? "Not enough data points with valid values to calculate recent trend"
            : null;
    }

    /// <summary>
    /// Fits the line to all five periods and to each set of four; true when every fit points the same way. As in
    /// Fingertips, a slope that is not negative (including one that cannot be worked out) counts as upward.
    /// </summary>
    private static bool DirectionHoldsWithEachPointLeftOut(Func<int, double> slopeLeavingOut)
    {
        var balance = 0;
        for (var leftOut = 0; leftOut <= PointsToUse; leftOut++)
        {
            balance += slopeLeavingOut(leftOut) < 0 ? -1 : 1;
        }

        return Math.Abs(balance) == PointsToUse + 1;
    }

    /// <summary>Ordinary least-squares slope of the log odds on time 1..5, leaving out period <paramref name="leftOut"/> (0 = none).</summary>
    private static double LogOddsSlope(double[] logOdds, int leftOut)
    {
        double m = 0, sumY = 0, sumYT = 0, sumT = 0, sumT2 = 0;
        for (var i = 0; i < logOdds.Length; i++)
        {
            var t = i + 1.0;
            if ((int)t == leftOut)
            {
                continue;
            }

            m++;
            sumY += logOdds[i];
            sumYT += logOdds[i] * t;
            sumT += t;
            sumT2 += t * t;
        }

        return ((m * sumYT) - (sumY * sumT)) / ((m * sumT2) - (sumT * sumT));
    }

    /// <summary>Weighted least-squares slope on time 1..5 and its standard error, leaving out period <paramref name="leftOut"/> (0 = none).</summary>
    private static (double Slope, double StandardError) WeightedSlope(RateObservation[] recent, int leftOut)
    {
        double sumW = 0, sumWYT = 0, sumWT = 0, sumWY = 0, sumWT2 = 0;
        for (var i = 0; i < recent.Length; i++)
        {
            var t = i + 1.0;
            if ((int)t == leftOut)
            {
                continue;
            }

            var standardError = (recent[i].Upper95 - recent[i].Lower95) / StandardErrorsPer95Interval;
            var w = 1 / (standardError * standardError);
            sumW += w;
            sumWYT += w * recent[i].Value * t;
            sumWT += w * t;
            sumWY += w * recent[i].Value;
            sumWT2 += w * t * t;
        }

        var spread = (sumW * sumWT2) - (sumWT * sumWT);
        return (((sumW * sumWYT) - (sumWT * sumWY)) / spread, Math.Sqrt(sumW / spread));
    }

    private static RecentTrendResult Verdict(double chiSquare, bool consistent, double direction)
    {
        var significant = consistent && chiSquare > ChiSquareThreshold;
        var marker = !significant ? RecentTrendMarkers.NoSignificantChange
            : direction > 0 ? RecentTrendMarkers.Increasing
            : RecentTrendMarkers.Decreasing;
        return new RecentTrendResult(marker, chiSquare, significant, PointsToUse, string.Empty);
    }

    private static RecentTrendResult CannotBeCalculated(string message) =>
        new(RecentTrendMarkers.CannotBeCalculated, 0, false, PointsToUse, message);
}
