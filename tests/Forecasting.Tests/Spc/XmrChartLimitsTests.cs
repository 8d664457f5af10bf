using Safeguarding.Analytics.Forecasting.Spc;

namespace Safeguarding.Analytics.Forecasting.Tests.Spc;

public class XmrChartLimitsTests
{
    // set.seed(123); rnorm(20): the series NHSRplotthedots' tests (test-ptd_spc_standard.R) chart.
    private static readonly double[] Seed123 =
    [
        -0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621, -1.26506123,
        -0.68685285, -0.44566197, 1.22408180, 0.35981383, 0.40077145, 0.11068272, -0.55584113, 1.78691314,
        0.49785048, -1.96661716, 0.70135590, -0.47279141,
    ];

    [Fact]
    public void One_to_ten_has_mean_5_5_and_limits_2_84_and_8_16()
    {
        // Product specification example.
        var chart = XmrChart.Calculate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

        Assert.Equal(5.5, chart.Mean!.Value, precision: 12);
        Assert.Equal(1.0, chart.MeanMovingRange!.Value, precision: 12);
        Assert.Equal(2.84, chart.LowerProcessLimit!.Value, precision: 12);
        Assert.Equal(8.16, chart.UpperProcessLimit!.Value, precision: 12);
        Assert.Equal(5.5 - (2 * 2.66 / 3), chart.LowerNearLimit!.Value, precision: 12);
        Assert.Equal(5.5 + (2 * 2.66 / 3), chart.UpperNearLimit!.Value, precision: 12);
        Assert.True(chart.TrialLimits);
    }

    [Fact]
    public void Seed_123_series_matches_the_package_snapshot()
    {
        // tests/testthat/_snaps/ptd_spc_standard.md, r1: mean_col 0.1416238, lpl -3.01138, upl 3.294627.
        var chart = XmrChart.Calculate(Seed123);

        Assert.Equal(0.1416238, chart.Mean!.Value, precision: 6);
        Assert.Equal(-3.01138, chart.LowerProcessLimit!.Value, precision: 5);
        Assert.Equal(3.294627, chart.UpperProcessLimit!.Value, precision: 6);
        Assert.False(chart.TrialLimits);

        // Same snapshot, relative_to_mean for the first 15 points.
        int[] side = [-1, -1, 1, -1, -1, 1, 1, -1, -1, -1, 1, 1, 1, -1, -1];
        Assert.Equal(side, chart.Points.Take(15).Select(p => Math.Sign(p.Value - chart.Mean.Value)));

        // _snaps/ptd_spc.md summary: 20 points, 20 common cause, variation type common cause.
        Assert.All(chart.Points, p => Assert.Equal(SpcPointTypes.CommonCause, p.PointType));
        Assert.All(chart.Points, p => Assert.Equal(SpcRules.None, p.Rule));
        Assert.Equal(SpcVariationIcons.CommonCause, chart.VariationIcon);
    }

    [Fact]
    public void An_outlying_jump_is_screened_out_of_the_average_moving_range()
    {
        // _snaps/ptd_spc_standard.md, r2: y[15] <- 10 with screen_outliers = TRUE:
        // mean_col 0.6694159, lpl -2.383666, upl 3.722497.
        var values = (double[])Seed123.Clone();
        values[14] = 10;

        var chart = XmrChart.Calculate(values);

        Assert.Equal(0.6694159, chart.Mean!.Value, precision: 6);
        Assert.Equal(-2.383666, chart.LowerProcessLimit!.Value, precision: 6);
        Assert.Equal(3.722497, chart.UpperProcessLimit!.Value, precision: 6);
        Assert.True(chart.Points[14].MovingRangeScreenedOut);
        Assert.True(chart.Points[15].MovingRangeScreenedOut);
        Assert.Equal(2, chart.Points.Count(p => p.MovingRangeScreenedOut));
    }

    [Fact]
    public void Without_screening_the_outlying_jump_widens_the_limits()
    {
        // _snaps/ptd_spc_standard.md, r3: screen_outliers = FALSE: lpl -4.596625, upl 5.935457.
        var values = (double[])Seed123.Clone();
        values[14] = 10;

        var chart = XmrChart.Calculate(values, new SpcOptions(ScreenOutliers: false));

        Assert.Equal(0.6694159, chart.Mean!.Value, precision: 6);
        Assert.Equal(-4.596625, chart.LowerProcessLimit!.Value, precision: 6);
        Assert.Equal(5.935457, chart.UpperProcessLimit!.Value, precision: 6);
        Assert.DoesNotContain(chart.Points, p => p.MovingRangeScreenedOut);
    }

    [Theory]
    // _snaps/ptd_spc.md, summary by facet (first ten and last ten of the seed-123 series):
    // facet 0: mean 0.0746, lpl -2.60, upl 2.75; facet 1: mean 0.209, lpl -3.28, upl 3.70.
    [InlineData(0, 0.0746, 4, -2.60, 2.75)]
    [InlineData(10, 0.209, 3, -3.28, 3.70)]
    public void Each_half_of_the_seed_123_series_matches_the_faceted_summary(int skip, double mean, int meanDigits, double lower, double upper)
    {
        var chart = XmrChart.Calculate(Seed123.Skip(skip).Take(10));

        Assert.Equal(mean, Math.Round(chart.Mean!.Value, meanDigits));
        Assert.Equal(lower, Math.Round(chart.LowerProcessLimit!.Value, 2));
        Assert.Equal(upper, Math.Round(chart.UpperProcessLimit!.Value, 2));
        Assert.True(chart.TrialLimits);
    }

    [Theory]
    // ptd_add_short_group_warnings: groups with n < 13 have trial limits.
    [InlineData(12, true)]
    [InlineData(13, false)]
    public void Trial_limits_below_thirteen_points(int count, bool trial)
    {
        var chart = XmrChart.Calculate(Seed123.Take(count));

        Assert.Equal(trial, chart.TrialLimits);
    }
}
