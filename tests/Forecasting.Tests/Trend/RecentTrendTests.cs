using Safeguarding.Analytics.Forecasting.Trend;

namespace Safeguarding.Analytics.Forecasting.Tests.Trend;

public class RecentTrendTests
{
    // Fingertips TrendMarkerCalculatorTest.cs (fingertips-open, PholioVisualisation.AnalysisTest), GetTrendData_Set1,
    // 2014 to 2018 (oldest first): counts, denominators, values and 95% limits.
    private static readonly ProportionObservation[] Set1Proportions =
    [
        new(994, 40299), new(1023, 41527), new(1199, 42811), new(1332, 44064), new(1367, 44701),
    ];

    private static readonly RateObservation[] Set1Rates =
    [
        new(24.67, 23.16, 26.25), new(24.6, 23.15, 26.19), new(28, 26.44, 29.64), new(30.2, 28.63, 31.9), new(30.6, 28.98, 32.25),
    ];

    [Fact]
    public void Proportions_chi_square_for_trend_matches_fingertips()
    {
        // TestIsSignificantForProportionsReturnsTrue: significant, chi-square rounds to 47.9.
        var result = RecentTrend.ForProportions(Set1Proportions);

        Assert.True(result.IsSignificant);
        Assert.Equal(47.9, Math.Round(result.ChiSquare, 2));
        Assert.Equal(RecentTrendMarkers.Increasing, result.Marker);
        Assert.Equal(5, result.PointsUsed);
    }

    [Fact]
    public void Weighted_regression_matches_fingertips()
    {
        // TestIsSignificantReturnsTrue: significant, chi-square rounds to 46.77.
        var result = RecentTrend.ForRates(Set1Rates);

        Assert.True(result.IsSignificant);
        Assert.Equal(46.77, Math.Round(result.ChiSquare, 2));
        Assert.Equal(RecentTrendMarkers.Increasing, result.Marker);
    }

    [Fact]
    public void Weighted_regression_without_a_clear_trend_is_no_significant_change()
    {
        // TestIsSignificantReturnsFalse, GetTrendData_Set2 (2014 to 2018): not significant.
        RateObservation[] set2 =
        [
            new(20.5506, 18.1803, 23.1427), new(19.5952, 17.3444, 22.0602), new(19.0349, 16.8421, 21.4394),
            new(21.3966, 19.0918, 23.8975), new(18.4372, 16.2925, 20.7941),
        ];

        var result = RecentTrend.ForRates(set2);

        Assert.False(result.IsSignificant);
        Assert.Equal(RecentTrendMarkers.NoSignificantChange, result.Marker);
    }

    [Fact]
    public void A_numerator_equal_to_its_denominator_cannot_be_calculated()
    {
        // TestIsSignificantForProportionsCannotBeCalculated, GetTrendDataForProportion_Set2 (2012 to 2016):
        // not significant, chi-square 0, marker CannotBeCalculated.
        ProportionObservation[] set2 = [new(5, 5), new(3, 5), new(1, 5), new(1, 4), new(2, 4)];

        var result = RecentTrend.ForProportions(set2);

        Assert.False(result.IsSignificant);
        Assert.Equal(0.0, result.ChiSquare);
        Assert.Equal(RecentTrendMarkers.CannotBeCalculated, result.Marker);
        Assert.NotEmpty(result.Message);
    }

    [Fact]
    public void Mmr_coverage_in_yorkshire_is_decreasing()
    {
        // FingertipsNext TrendMarkerCalculatorTests.GenerateYorkshireMmrCoverageTrendMarkersAreCorrect (indicator
        // 30309, 2020 to 2024, values with 95% limits): Decreasing.
        RateObservation[] series =
        [
            new(92.6254, 92.4168, 92.8288), new(92.3221, 92.1072, 92.5315), new(90.8708, 90.6358, 91.1004),
            new(90.017, 89.7694, 90.2594), new(90.1013, 89.8578, 90.3396),
        ];

        Assert.Equal(RecentTrendMarkers.Decreasing, RecentTrend.ForRates(series).Marker);
    }

    [Fact]
    public void Preventable_sight_loss_is_increasing_despite_one_low_year()
    {
        // FingertipsNext TrendMarkerCalculatorTests.DiabeticEyeDiseaseTrendMarkersAreCorrect (indicator 41203, crude
        // rate, 2020 to 2024): Increasing.
        RateObservation[] series =
        [
            new(2.935, 2.7841, 3.0919), new(1.93028, 1.8085, 2.058), new(2.7567, 2.6113, 2.9082),
            new(2.8701, 2.7225, 3.0237), new(3.0121, 2.8616, 3.1683),
        ];

        Assert.Equal(RecentTrendMarkers.Increasing, RecentTrend.ForRates(series).Marker);
    }

    [Fact]
    public void Only_the_latest_five_periods_count()
    {
        // Older periods, even a gap among them, do not change the verdict on the latest five.
        ProportionObservation[] longer = [new(double.NaN, 100), new(900, 30000), new(5, 10000), .. Set1Proportions];

        var result = RecentTrend.ForProportions(longer);

        Assert.Equal(RecentTrend.ForProportions(Set1Proportions), result);
    }

    [Fact]
    public void A_gap_among_the_latest_five_cannot_be_calculated()
    {
        var withGap = Set1Rates.ToArray();
        withGap[3] = new RateObservation(double.NaN, double.NaN, double.NaN);

        var result = RecentTrend.ForRates(withGap);

        Assert.Equal(RecentTrendMarkers.CannotBeCalculated, result.Marker);
        Assert.Equal("Not enough data points with valid values to calculate recent trend", result.Message);
    }

    [Fact]
    public void Fewer_than_five_periods_cannot_be_calculated()
    {
        Assert.Equal(RecentTrendMarkers.CannotBeCalculated, RecentTrend.ForProportions(Set1Proportions[1..]).Marker);
        Assert.Equal(RecentTrendMarkers.CannotBeCalculated, RecentTrend.ForRates([]).Marker);
    }

    [Fact]
    public void One_outlying_period_driving_the_trend_is_not_significant()
    {
        // Flat apart from a jump in the latest period: leaving that period out turns the slope round, so the
        // outlier guard holds back the verdict however large the statistic.
        RateObservation[] series =
        [
            new(10.2, 9.9, 10.5), new(10.1, 9.8, 10.4), new(10.0, 9.7, 10.3), new(9.9, 9.6, 10.2), new(30, 29.7, 30.3),
        ];

        var result = RecentTrend.ForRates(series);

        Assert.True(result.ChiSquare > RecentTrend.ChiSquareThreshold);
        Assert.False(result.IsSignificant);
        Assert.Equal(RecentTrendMarkers.NoSignificantChange, result.Marker);
    }

    [Fact]
    public void Flat_and_all_zero_series_show_no_significant_change()
    {
        RateObservation[] flat = [.. Enumerable.Repeat(new RateObservation(5, 4, 6), 5)];
        ProportionObservation[] zeros = [.. Enumerable.Repeat(new ProportionObservation(0, 50), 5)];

        Assert.Equal(RecentTrendMarkers.NoSignificantChange, RecentTrend.ForRates(flat).Marker);
        var zeroResult = RecentTrend.ForProportions(zeros);
        Assert.Equal(RecentTrendMarkers.NoSignificantChange, zeroResult.Marker);
        Assert.Equal(0.0, zeroResult.ChiSquare);
    }
}
