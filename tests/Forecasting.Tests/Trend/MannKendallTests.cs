using Safeguarding.Analytics.Forecasting.Trend;

namespace Safeguarding.Analytics.Forecasting.Tests.Trend;

public class MannKendallTests
{
    [Fact]
    public void Five_falling_values_match_the_specification()
    {
        // Product specification: 50, 45, 40, 35, 30 → S = −10, exact two-sided p = 2/120 = 0.016667, Sen slope −5.
        var result = MannKendall.Test([50, 45, 40, 35, 30]);

        Assert.Equal(-10, result.S);
        Assert.Equal(0.016667, result.ExactP!.Value, precision: 6);
        Assert.Equal(-5, result.Slope);
        Assert.Equal(50, result.Intercept);
        Assert.Equal(-1, result.Tau);
        Assert.Equal(5 * 4 * 15 / 18.0, result.VarianceS, precision: 12);
        Assert.Equal(-9 / Math.Sqrt(50 / 3.0), result.Z, precision: 12);
    }

    [Fact]
    public void Constant_series_has_no_trend()
    {
        // pyMannKendall tests/test_pymannkendall.py, test_original_test with NoTrendData (360 equal values):
        // trend 'no trend', h False, p 1.0, z 0, Tau 0.0, s 0.0, var_s 0.0; test_sens_slope: slope 0.0.
        var result = MannKendall.Test(Enumerable.Repeat(7.0, 360).ToArray());

        Assert.Equal(MannKendallTrends.NoTrend, result.Trend);
        Assert.False(result.IsSignificant);
        Assert.Equal(1.0, result.P);
        Assert.Equal(0, result.Z);
        Assert.Equal(0.0, result.Tau);
        Assert.Equal(0.0, result.S);
        Assert.Equal(0.0, result.VarianceS);
        Assert.Equal(0.0, result.Slope);
        Assert.Null(result.ExactP);
    }

    [Fact]
    public void Straight_rising_line_is_increasing()
    {
        // pyMannKendall test_original_test with TrendData (0..359): trend 'increasing', h True, p 0.0, Tau 1.0,
        // s 64620.0; test_sens_slope: slope 1.0, intercept rounds to 0.
        var result = MannKendall.Test(Enumerable.Range(0, 360).Select(i => (double)i).ToArray());

        Assert.Equal(MannKendallTrends.Increasing, result.Trend);
        Assert.True(result.IsSignificant);
        Assert.Equal(0.0, result.P);
        Assert.Equal(1.0, result.Tau);
        Assert.Equal(64620.0, result.S);
        Assert.Equal(1.0, result.Slope);
        Assert.Equal(0.0, Math.Round(result.Intercept!.Value));
    }

    [Fact]
    public void Arbitrary_series_with_ties_and_gaps_matches_pymannkendall()
    {
        // pyMannKendall test_original_test with arbitrary_1d_data: trend 'no trend', h False,
        // p 0.37591058740506833, z -0.8854562842589916, Tau -0.03153167653875869, s -1959.0,
        // var_s 4889800.333333333; test_sens_slope: slope -0.006369426751592357, intercept 96.15286624203821.
        var result = MannKendall.Test(PyMannKendallData.Arbitrary);

        Assert.Equal(MannKendallTrends.NoTrend, result.Trend);
        Assert.False(result.IsSignificant);
        Assert.Equal(0.37591058740506833, result.P, precision: 12);
        Assert.Equal(-0.8854562842589916, result.Z, precision: 12);
        Assert.Equal(-0.03153167653875869, result.Tau!.Value, precision: 14);
        Assert.Equal(-1959.0, result.S);
        Assert.Equal(4889800.333333333, result.VarianceS, precision: 6);
        Assert.Equal(-0.006369426751592357, result.Slope!.Value, precision: 14);
        Assert.Equal(96.15286624203821, result.Intercept!.Value, precision: 10);
        Assert.Equal(353, result.Count);
        Assert.Null(result.ExactP);
    }

    [Theory]
    // Exact null distribution of S by counting orderings: n = 4 has 24 orderings, one with S = 6 and one with
    // S = −6 (p = 2/24); three each with |S| = 4 (p = 8/24); with n = 3 and S = 1 every ordering is as extreme.
    [InlineData(new double[] { 1, 2, 3, 4 }, 2.0 / 24)]
    [InlineData(new double[] { 2, 1, 3, 4 }, 8.0 / 24)]
    [InlineData(new double[] { 1, 3, 2 }, 1.0)]
    [InlineData(new double[] { 1, 2 }, 1.0)]
    public void Exact_p_value_counts_orderings(double[] values, double expected)
    {
        Assert.Equal(expected, MannKendall.Test(values).ExactP!.Value, precision: 14);
    }

    [Fact]
    public void Exact_p_value_only_for_ten_or_fewer_untied_values()
    {
        Assert.NotNull(MannKendall.Test(Enumerable.Range(0, 10).Select(i => (double)(i * 7 % 10)).ToArray()).ExactP);
        Assert.Null(MannKendall.Test(Enumerable.Range(0, 11).Select(i => (double)i).ToArray()).ExactP);
        Assert.Null(MannKendall.Test([1, 2, 2, 3]).ExactP);
    }

    [Fact]
    public void Ten_rising_values_have_exact_p_of_two_in_ten_factorial()
    {
        var result = MannKendall.Test(Enumerable.Range(0, 10).Select(i => (double)i).ToArray());

        Assert.Equal(2.0 / 3628800, result.ExactP!.Value, precision: 15);
    }

    [Fact]
    public void Too_few_values_never_throw()
    {
        var none = MannKendall.Test([]);
        var one = MannKendall.Test([double.NaN, 4, double.NaN]);

        Assert.Equal(0, none.Count);
        Assert.Equal(1.0, none.P);
        Assert.Null(none.Tau);
        Assert.Null(none.Slope);
        Assert.Null(none.ExactP);
        Assert.Equal(1, one.Count);
        Assert.Equal(MannKendallTrends.NoTrend, one.Trend);
        Assert.Null(one.Intercept);
    }
}
