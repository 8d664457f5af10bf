using Safeguarding.Analytics.Forecasting.Spc;

namespace Safeguarding.Analytics.Forecasting.Tests.Spc;

public class XmrChartDegenerateTests
{
    [Fact]
    public void No_values_give_an_empty_chart()
    {
        var chart = XmrChart.Calculate([], new SpcOptions(Target: 3));

        Assert.Null(chart.Mean);
        Assert.Null(chart.UpperProcessLimit);
        Assert.Empty(chart.Points);
        Assert.Equal(SpcVariationIcons.None, chart.VariationIcon);
        Assert.Equal(SpcAssuranceIcons.None, chart.AssuranceIcon);
        Assert.True(chart.TrialLimits);
    }

    [Fact]
    public void One_value_has_a_mean_but_no_limits()
    {
        var chart = XmrChart.Calculate([42], new SpcOptions(Target: 3));

        Assert.Equal(42, chart.Mean);
        Assert.Null(chart.MeanMovingRange);
        Assert.Null(chart.LowerProcessLimit);
        var point = Assert.Single(chart.Points);
        Assert.Null(point.MovingRange);
        Assert.Equal(SpcPointTypes.CommonCause, point.PointType);
        Assert.Equal(SpcVariationIcons.CommonCause, chart.VariationIcon);
        Assert.Equal(SpcAssuranceIcons.None, chart.AssuranceIcon);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_flat_series_has_limits_on_its_mean_and_no_special_causes(bool screen)
    {
        var chart = XmrChart.Calculate(Enumerable.Repeat(7.0, 15), new SpcOptions(Target: 5, ScreenOutliers: screen));

        Assert.Equal(7, chart.Mean);
        Assert.Equal(0, chart.MeanMovingRange);
        Assert.Equal(7, chart.LowerProcessLimit);
        Assert.Equal(7, chart.UpperProcessLimit);
        Assert.All(chart.Points, p => Assert.Equal(SpcPointTypes.CommonCause, p.PointType));
        Assert.Equal(SpcAssuranceIcons.Pass, chart.AssuranceIcon);
    }

    [Fact]
    public void Missing_values_are_left_out_and_keep_their_positions()
    {
        var chart = XmrChart.Calculate([1, double.NaN, 3, double.PositiveInfinity, 5]);

        Assert.Equal(3, chart.Mean);
        Assert.Equal([0, 2, 4], chart.Points.Select(p => p.Index));
        Assert.Equal([null, 2.0, 2.0], chart.Points.Select(p => p.MovingRange));
        Assert.Equal(2, chart.MeanMovingRange);
    }

    [Fact]
    public void Unknown_options_are_refused()
    {
        Assert.Throws<ArgumentException>(() => XmrChart.Calculate([1, 2], new SpcOptions("up")));
        Assert.Throws<ArgumentOutOfRangeException>(() => XmrChart.Calculate([1, 2], new SpcOptions(TrendLength: 2)));
    }
}
