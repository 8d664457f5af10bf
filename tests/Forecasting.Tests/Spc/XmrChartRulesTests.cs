using Safeguarding.Analytics.Forecasting.Spc;

namespace Safeguarding.Analytics.Forecasting.Tests.Spc;

public class XmrChartRulesTests
{
    [Fact]
    public void One_to_ten_is_flagged_by_limits_at_the_ends_and_by_the_trend_between()
    {
        // Worked by hand from NHSRplotthedots' rules (ptd_calculate_point_type.R): limits 2.84 and 8.16, so 1 and 2
        // fall below and 9 and 10 above; every point is part of a rising 7-point trend, and outside limits takes
        // precedence over the trend.
        var chart = XmrChart.Calculate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

        string[] rules =
        [
            SpcRules.OutsideLimits, SpcRules.OutsideLimits, SpcRules.Trend, SpcRules.Trend, SpcRules.Trend,
            SpcRules.Trend, SpcRules.Trend, SpcRules.Trend, SpcRules.OutsideLimits, SpcRules.OutsideLimits,
        ];
        Assert.Equal(rules, chart.Points.Select(p => p.Rule));
        Assert.Equal(
            [SpcPointTypes.SpecialCauseConcern, SpcPointTypes.SpecialCauseConcern],
            chart.Points.Take(2).Select(p => p.PointType));
        Assert.All(chart.Points.Skip(2), p => Assert.Equal(SpcPointTypes.SpecialCauseImprovement, p.PointType));
        Assert.Equal(SpcVariationIcons.ImprovementHigh, chart.VariationIcon);
    }

    [Fact]
    public void Lower_is_better_turns_the_same_points_round()
    {
        var chart = XmrChart.Calculate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], new SpcOptions(ImprovementDirections.Decrease));

        Assert.Equal(SpcPointTypes.SpecialCauseImprovement, chart.Points[0].PointType);
        Assert.Equal(SpcPointTypes.SpecialCauseConcern, chart.Points[^1].PointType);
        Assert.Equal(SpcVariationIcons.ConcernHigh, chart.VariationIcon);
    }

    [Fact]
    public void Neutral_measures_are_only_high_or_low()
    {
        var chart = XmrChart.Calculate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], new SpcOptions(ImprovementDirections.Neutral));

        Assert.Equal(SpcPointTypes.SpecialCauseNeutralLow, chart.Points[0].PointType);
        Assert.Equal(SpcPointTypes.SpecialCauseNeutralHigh, chart.Points[^1].PointType);
        Assert.Equal(SpcVariationIcons.NeutralHigh, chart.VariationIcon);
    }

    [Fact]
    public void Seven_falling_points_within_the_limits_are_a_trend_and_six_are_not()
    {
        // test-ptd_calculate_point_type.R: ptd_seven_point_trend(c(2, 7:1, 3)) flags the 7:1 run; 1:6 is too short.
        // Wide swings before the run keep every point inside the limits.
        double[] values = [10, 0, 10, 0, 10, 0, 7, 6, 5, 4, 3, 2, 1, 10, 0];
        var chart = XmrChart.Calculate(values, new SpcOptions(ImprovementDirections.Neutral, ScreenOutliers: false));

        Assert.DoesNotContain(chart.Points, p => p.Rule == SpcRules.OutsideLimits);
        Assert.Equal(
            [false, false, false, false, false, false, true, true, true, true, true, true, true, false, false],
            chart.Points.Select(p => p.Rule == SpcRules.Trend));
        Assert.All(chart.Points.Where(p => p.Rule == SpcRules.Trend), p => Assert.Equal(SpcPointTypes.SpecialCauseNeutralLow, p.PointType));

        double[] sixOnly = [10, 0, 10, 0, 10, 0, 6, 5, 4, 3, 2, 1, 10, 0];
        var shortRun = XmrChart.Calculate(sixOnly, new SpcOptions(ImprovementDirections.Neutral, ScreenOutliers: false));
        Assert.DoesNotContain(shortRun.Points, p => p.Rule == SpcRules.Trend);

        var sixAllowed = XmrChart.Calculate(sixOnly, new SpcOptions(ImprovementDirections.Neutral, ScreenOutliers: false, TrendLength: 6));
        Assert.Equal(6, sixAllowed.Points.Count(p => p.Rule == SpcRules.Trend));
    }

    [Fact]
    public void Equal_neighbours_break_a_trend()
    {
        // test-ptd_calculate_point_type.R: ptd_seven_point_trend(c(1:3, 3:6)) is all zero.
        var chart = XmrChart.Calculate([1, 2, 3, 3, 4, 5, 6], new SpcOptions(ScreenOutliers: false));

        Assert.DoesNotContain(chart.Points, p => p.Rule == SpcRules.Trend);
    }

    [Fact]
    public void Seven_points_above_the_mean_are_a_shift_and_six_only_with_the_shorter_run()
    {
        // test-ptd_calculate_point_type.R: ptd_seven_point_one_side_mean(c(rep(1, 8), -1)) flags points 7 and 8, so
        // ptd_part_of_seven_trend marks points 2 to 8 as well; a run of six (c(rep(1, 6), -1)) is not flagged.
        double[] values = [1, 3, 1, 3, 1, 3, 1, 3, -1, -3, -1, -3, -1, -3];
        var chart = XmrChart.Calculate(values, new SpcOptions(ScreenOutliers: false));

        // Mean 2/7, limits about -5.44 and 6.01: eight points above the mean, then six below, none near a limit.
        Assert.DoesNotContain(chart.Points, p => p.Rule == SpcRules.OutsideLimits || p.Rule == SpcRules.TwoOfThree);
        Assert.Equal(
            [true, true, true, true, true, true, true, true, false, false, false, false, false, false],
            chart.Points.Select(p => p.Rule == SpcRules.Shift));
        Assert.All(chart.Points.Take(8), p => Assert.Equal(SpcPointTypes.SpecialCauseImprovement, p.PointType));

        var shorter = XmrChart.Calculate(values, new SpcOptions(ScreenOutliers: false, ShiftLength: 6));
        Assert.All(shorter.Points, p => Assert.Equal(SpcRules.Shift, p.Rule));
        Assert.All(shorter.Points.Skip(8), p => Assert.Equal(SpcPointTypes.SpecialCauseConcern, p.PointType));
    }

    [Fact]
    public void Two_close_points_on_opposite_sides_of_the_mean_are_common_cause()
    {
        // test-ptd_spc_standard.R: symmetrical data rep(c(1, -1), 8) with points 15 and 16 set to 5.5 and -5.5;
        // both last points stay common cause.
        var values = Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? 1.0 : -1.0).ToArray();
        values[14] = 5.5;
        values[15] = -5.5;

        var chart = XmrChart.Calculate(values);

        Assert.Equal([SpcPointTypes.CommonCause, SpcPointTypes.CommonCause], chart.Points.TakeLast(2).Select(p => p.PointType));
    }

    [Fact]
    public void Two_of_three_close_points_on_one_side_are_flagged_but_not_their_neighbour()
    {
        // test-ptd_calculate_point_type.R: ptd_part_of_two_in_three for close = c(1, 0, 1), same side: points 1 and 3.
        // Twenty points alternating ±0.5, then 3.5, 2, 3.5: mean 0.327, near limit 2.597, upper limit 3.732, so both
        // 3.5s are close to the limit and the 2 between them is not.
        var values = Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? 0.5 : -0.5).Concat([3.5, 2, 3.5, -0.5, 0.5, -0.5]);
        var chart = XmrChart.Calculate(values, new SpcOptions(ScreenOutliers: false));

        Assert.Equal(
            [SpcRules.TwoOfThree, SpcRules.None, SpcRules.TwoOfThree],
            chart.Points.Skip(20).Take(3).Select(p => p.Rule));
        Assert.Equal(2, chart.Points.Count(p => p.Rule != SpcRules.None));
        Assert.Equal(SpcPointTypes.SpecialCauseImprovement, chart.Points[20].PointType);
    }

    [Fact]
    public void A_point_above_the_upper_limit_is_a_concern_when_lower_is_better()
    {
        double[] values = [0, 0.5, 0, 0.5, 0, 0.5, 0, 0.5, 0, 0.5, 0, 0.5, 0, 0.5, 20];
        var chart = XmrChart.Calculate(values, new SpcOptions(ImprovementDirections.Decrease));

        Assert.Equal(SpcRules.OutsideLimits, chart.Points[^1].Rule);
        Assert.Equal(SpcPointTypes.SpecialCauseConcern, chart.Points[^1].PointType);
        Assert.Equal(SpcVariationIcons.ConcernHigh, chart.VariationIcon);
    }
}
