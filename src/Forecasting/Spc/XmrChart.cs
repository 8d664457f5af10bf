namespace Safeguarding.Analytics.Forecasting.Spc;

/// <summary>
/// NHS England "Making Data Count" XmR charts, computed as the R package NHSRplotthedots (<c>ptd_spc</c>) computes
/// them for a single series without rebasing or fixed limits.
/// </summary>
/// <remarks>
/// The centre line is the mean. The limits are the mean ± 2.66 × the average moving range (the average absolute
/// difference between consecutive values), and the near limits are two-thirds of that distance from the mean.
/// Missing values (NaN or infinite) are left out and their neighbours treated as consecutive. Where the package would
/// return NaN (a flat series with outlier screening on, or a single value) this class answers sensibly instead: a
/// flat series has limits equal to its mean and no special causes, and a single value has no limits. Values so large
/// that the mean, a moving range or a limit is past what a double holds (a careless 1e308) give no chart at all, with
/// <see cref="SpcResult.NotComputedReason"/> saying why, rather than limits of infinity.
/// </remarks>
public static class XmrChart
{
    /// <summary>The multiple of the average moving range between the mean and a process limit.</summary>
    public const double LimitFactor = 2.66;

    /// <summary>The multiple of the average moving range between the mean and a near (two-sigma) limit.</summary>
    public const double NearLimitFactor = 2 * (LimitFactor / 3);

    /// <summary>Moving ranges this many times the average or more are screened out when screening is on.</summary>
    public const double OutlierScreenFactor = 3.267;

    /// <summary>Charts with fewer values than this have trial limits.</summary>
    public const int TrialLimitThreshold = 13;

    /// <summary>Computes the chart for a series of values in time order.</summary>
    /// <exception cref="ArgumentException">The options name an unknown improvement direction.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A run length in the options is below 3.</exception>
    public static SpcResult Calculate(IEnumerable<double> values, SpcOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        options ??= SpcOptions.Default;
        Validate(options);

        var indexed = values.Select((v, i) => (Value: v, Index: i)).Where(p => double.IsFinite(p.Value)).ToList();
        var y = indexed.Select(p => p.Value).ToArray();
        var n = y.Length;
        var trial = n < TrialLimitThreshold;

        if (n == 0)
        {
            return new SpcResult(null, null, null, null, null, null, [], SpcVariationIcons.None, SpcAssuranceIcons.None, trial);
        }

        var mean = y.Average();
        if (!double.IsFinite(mean))
        {
            return TooLarge(trial);
        }

        if (n == 1)
        {
            var single = new SpcPoint(indexed[0].Index, y[0], null, false, SpcPointTypes.CommonCause, SpcRules.None);
            return new SpcResult(mean, null, null, null, null, null, [single], SpcVariationIcons.CommonCause, SpcAssuranceIcons.None, trial);
        }

        var (movingRanges, screenedOut, meanMovingRange) = MovingRanges(y, options.ScreenOutliers);
        var lower = mean - (LimitFactor * meanMovingRange);
        var upper = mean + (LimitFactor * meanMovingRange);
        var nearLower = mean - (NearLimitFactor * meanMovingRange);
        var nearUpper = mean + (NearLimitFactor * meanMovingRange);
        if (!double.IsFinite(meanMovingRange) || !double.IsFinite(lower) || !double.IsFinite(upper) || !double.IsFinite(nearLower) || !double.IsFinite(nearUpper))
        {
            return TooLarge(trial);
        }

        var outside = y.Select(v => v > upper || v < lower).ToArray();
        var side = y.Select(v => Math.Sign(v - mean)).ToArray();
        var close = y.Select((v, i) => !outside[i] && (v < nearLower || v > nearUpper)).ToArray();

        var inTrend = SpecialCauseRules.Trend(y, options.TrendLength);
        var trendDirection = SpecialCauseRules.TrendDirection(y, inTrend);
        var inTwoOfThree = SpecialCauseRules.TwoOfThree(close, side);
        var inShift = SpecialCauseRules.Shift(side, options.ShiftLength);

        var points = new SpcPoint[n];
        for (var i = 0; i < n; i++)
        {
            // Precedence as in NHSRplotthedots: outside limits, then trend, then two in three, then shift.
            var (rule, highOrLow) =
                outside[i] ? (SpcRules.OutsideLimits, side[i] == 1 ? 1 : -1)
                : inTrend[i] ? (SpcRules.Trend, trendDirection[i])
                : inTwoOfThree[i] ? (SpcRules.TwoOfThree, side[i] > 0 ? 1 : -1)
                : inShift[i] ? (SpcRules.Shift, side[i] > 0 ? 1 : -1)
                : (SpcRules.None, 0);
            var pointType = PointType(highOrLow, options.ImprovementDirection);
            points[i] = new SpcPoint(
                indexed[i].Index,
                y[i],
                i == 0 ? null : movingRanges[i - 1],
                i > 0 && screenedOut[i - 1],
                pointType,
                pointType == SpcPointTypes.CommonCause ? SpcRules.None : rule);
        }

        return new SpcResult(
            mean,
            meanMovingRange,
            lower,
            upper,
            nearLower,
            nearUpper,
            points,
            VariationIcon(points[^1].PointType, options.ImprovementDirection),
            AssuranceIcon(options, lower, upper),
            trial);
    }

    /// <summary>The reason given when the values are too large for the chart's sums.</summary>
    public const string TooLargeReason = "the values are too large to chart: their mean, moving ranges or limits are past the largest number the chart can hold";

    private static SpcResult TooLarge(bool trial) =>
        new(null, null, null, null, null, null, [], SpcVariationIcons.None, SpcAssuranceIcons.None, trial) { NotComputedReason = TooLargeReason };

    private static void Validate(SpcOptions options)
    {
        if (!ImprovementDirections.IsKnown(options.ImprovementDirection))
        {
            throw new ArgumentException(
                $"Improvement direction '{options.ImprovementDirection}' is not one of increase, decrease or neutral.",
                nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.ShiftLength, SpcOptions.MinimumRunLength, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.TrendLength, SpcOptions.MinimumRunLength, nameof(options));
    }

    /// <summary>
    /// The moving ranges (one fewer than the values), which of them were screened out, and the average of the rest.
    /// When every moving range is zero nothing is screened, so a flat series keeps an average moving range of zero;
    /// when their average overflows nothing is screened either (every range would be), and the chart is not drawn.
    /// </summary>
    private static (double[] Ranges, bool[] ScreenedOut, double Mean) MovingRanges(double[] y, bool screenOutliers)
    {
        var ranges = new double[y.Length - 1];
        for (var i = 1; i < y.Length; i++)
        {
            ranges[i - 1] = Math.Abs(y[i] - y[i - 1]);
        }

        var mean = ranges.Average();
        var screenedOut = new bool[ranges.Length];
        if (!screenOutliers || mean == 0 || !double.IsFinite(mean))
        {
            return (ranges, screenedOut, mean);
        }

        var cut = OutlierScreenFactor * mean;
        for (var i = 0; i < ranges.Length; i++)
        {
            screenedOut[i] = !(ranges[i] < cut);
        }

        return (ranges, screenedOut, ranges.Where((_, i) => !screenedOut[i]).Average());
    }

    private static string PointType(int highOrLow, string improvementDirection)
    {
        if (highOrLow == 0)
        {
            return SpcPointTypes.CommonCause;
        }

        var high = highOrLow > 0;
        return improvementDirection switch
        {
            ImprovementDirections.Neutral => high ? SpcPointTypes.SpecialCauseNeutralHigh : SpcPointTypes.SpecialCauseNeutralLow,
            ImprovementDirections.Increase => high ? SpcPointTypes.SpecialCauseImprovement : SpcPointTypes.SpecialCauseConcern,
            _ => high ? SpcPointTypes.SpecialCauseConcern : SpcPointTypes.SpecialCauseImprovement,
        };
    }

    private static string VariationIcon(string latestPointType, string improvementDirection)
    {
        var higherIsBetter = improvementDirection == ImprovementDirections.Increase;
        return latestPointType switch
        {
            SpcPointTypes.SpecialCauseNeutralHigh => SpcVariationIcons.NeutralHigh,
            SpcPointTypes.SpecialCauseNeutralLow => SpcVariationIcons.NeutralLow,
            SpcPointTypes.SpecialCauseImprovement => higherIsBetter ? SpcVariationIcons.ImprovementHigh : SpcVariationIcons.ImprovementLow,
            SpcPointTypes.SpecialCauseConcern => higherIsBetter ? SpcVariationIcons.ConcernLow : SpcVariationIcons.ConcernHigh,
            _ => SpcVariationIcons.CommonCause,
        };
    }

    private static string AssuranceIcon(SpcOptions options, double lower, double upper)
    {
        if (options.Target is not { } target || !double.IsFinite(target)
            || options.ImprovementDirection == ImprovementDirections.Neutral)
        {
            return SpcAssuranceIcons.None;
        }

        var higherIsBetter = options.ImprovementDirection == ImprovementDirections.Increase;
        if (target > upper)
        {
            return higherIsBetter ? SpcAssuranceIcons.Fail : SpcAssuranceIcons.Pass;
        }

        if (target < lower)
        {
            return higherIsBetter ? SpcAssuranceIcons.Pass : SpcAssuranceIcons.Fail;
        }

        return SpcAssuranceIcons.Inconsistent;
    }
}
