using Safeguarding.Analytics.Forecasting.Spc;

namespace Safeguarding.Analytics.Forecasting.Tests.Spc;

public class XmrChartIconsTests
{
    // A steady series with mean 4 and limits of exactly 1 and 7: average moving range 3/2.66.
    private static readonly double[] Steady = BuildSteady();

    [Theory]
    // test-ptd_calculate_assurance_type.R: limits (1, 3), (5, 7), (1, 5) with target 4.
    [InlineData(ImprovementDirections.Increase, 8.0, SpcAssuranceIcons.Fail)]
    [InlineData(ImprovementDirections.Increase, 0.5, SpcAssuranceIcons.Pass)]
    [InlineData(ImprovementDirections.Increase, 4.0, SpcAssuranceIcons.Inconsistent)]
    [InlineData(ImprovementDirections.Decrease, 8.0, SpcAssuranceIcons.Pass)]
    [InlineData(ImprovementDirections.Decrease, 0.5, SpcAssuranceIcons.Fail)]
    [InlineData(ImprovementDirections.Decrease, 4.0, SpcAssuranceIcons.Inconsistent)]
    [InlineData(ImprovementDirections.Neutral, 8.0, SpcAssuranceIcons.None)]
    public void Assurance_compares_the_target_with_the_process_limits(string direction, double target, string icon)
    {
        var chart = XmrChart.Calculate(Steady, new SpcOptions(direction, target));

        Assert.Equal(1.0, chart.LowerProcessLimit!.Value, precision: 9);
        Assert.Equal(7.0, chart.UpperProcessLimit!.Value, precision: 9);
        Assert.Equal(icon, chart.AssuranceIcon);
    }

    [Fact]
    public void No_target_gives_no_assurance()
    {
        Assert.Equal(SpcAssuranceIcons.None, XmrChart.Calculate(Steady).AssuranceIcon);
        Assert.Equal(SpcAssuranceIcons.None, XmrChart.Calculate(Steady, new SpcOptions(Target: double.NaN)).AssuranceIcon);
    }

    [Fact]
    public void Variation_icon_describes_the_latest_point_only()
    {
        // geom_ptd_icon.R: the icon is taken from the point_type of the last date. In 1..10 then 5.5 the early
        // points are below the limits (2.84, with the 4.5 drop screened out), but the latest sits on the mean.
        double[] values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 5.5];
        var chart = XmrChart.Calculate(values, new SpcOptions(ImprovementDirections.Decrease));

        Assert.Equal(SpcPointTypes.SpecialCauseImprovement, chart.Points[0].PointType);
        Assert.Equal(SpcVariationIcons.CommonCause, chart.VariationIcon);
    }

    [Theory]
    [InlineData(ImprovementDirections.Increase, 100.0, SpcVariationIcons.ImprovementHigh)]
    [InlineData(ImprovementDirections.Increase, -100.0, SpcVariationIcons.ConcernLow)]
    [InlineData(ImprovementDirections.Decrease, 100.0, SpcVariationIcons.ConcernHigh)]
    [InlineData(ImprovementDirections.Decrease, -100.0, SpcVariationIcons.ImprovementLow)]
    [InlineData(ImprovementDirections.Neutral, 100.0, SpcVariationIcons.NeutralHigh)]
    [InlineData(ImprovementDirections.Neutral, -100.0, SpcVariationIcons.NeutralLow)]
    public void Variation_icon_names_follow_the_package_icon_files(string direction, double latest, string icon)
    {
        double[] values = [.. Steady, latest];

        var chart = XmrChart.Calculate(values, new SpcOptions(direction));

        Assert.Equal(SpcRules.OutsideLimits, chart.Points[^1].Rule);
        Assert.Equal(icon, chart.VariationIcon);
    }

    private static double[] BuildSteady()
    {
        // Alternating 4 ± h gives every moving range 2h; 2h = 3 / 2.66 puts the limits at 4 ± 3. Even count, so the
        // mean is exactly 4.
        var h = 3 / 2.66 / 2;
        return Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? 4 + h : 4 - h).ToArray();
    }
}
