using Safeguarding.Analytics.Forecasting.Position;
using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Forecasting.Tests.Position;

public class QuartileBandTests
{
    // DfE LAIT (local-authority-interactive-tool) tests/testthat/test-fn_analysis.R, calculate_quartile_band():
    // quartile bands 0%, 25%, 50%, 75%, 100% at 0, 25, 50, 75, 100.
    private static readonly Quartiles LaitBands = new(0, 25, 50, 75, 100);

    [Theory]
    [InlineData(10, "A", "D")]
    [InlineData(30, "B", "C")]
    [InlineData(60, "C", "B")]
    [InlineData(80, "D", "A")]
    public void Values_within_each_quartile_get_their_band_by_polarity(double value, string lowIsGood, string highIsGood)
    {
        Assert.Equal(lowIsGood, QuartileBand.Of(value, LaitBands, Polarity.LowIsGood));
        Assert.Equal(highIsGood, QuartileBand.Of(value, LaitBands, Polarity.HighIsGood));
    }

    [Theory]
    // LAIT test 2, "handles boundary values correctly" (low is good): each band includes its upper edge.
    [InlineData(0, "A")]
    [InlineData(25, "A")]
    [InlineData(50, "B")]
    [InlineData(75, "C")]
    [InlineData(100, "D")]
    public void Boundary_values_fall_in_the_band_below(double value, string expected)
    {
        Assert.Equal(expected, QuartileBand.Of(value, LaitBands, Polarity.LowIsGood));
    }

    [Theory]
    // The same edges for high is good, from LAIT's calculate_quartile_band: [0, 25] D, (25, 50] C, (50, 75] B, (75, 100] A.
    [InlineData(0, "D")]
    [InlineData(25, "D")]
    [InlineData(50, "C")]
    [InlineData(75, "B")]
    [InlineData(75.0001, "A")]
    [InlineData(100, "A")]
    public void High_is_good_edges_follow_LAIT(double value, string expected)
    {
        Assert.Equal(expected, QuartileBand.Of(value, LaitBands, Polarity.HighIsGood));
    }

    [Fact]
    public void Missing_values_out_of_range_values_and_neutral_indicators_get_no_band()
    {
        // LAIT test 3 (NA gives NA) and test 4 (outside the bands is an error, here no band); neutral shows "-".
        Assert.Null(QuartileBand.Of(null, LaitBands, Polarity.HighIsGood));
        Assert.Null(QuartileBand.Of(-10, LaitBands, Polarity.LowIsGood));
        Assert.Null(QuartileBand.Of(110, LaitBands, Polarity.HighIsGood));
        Assert.Null(QuartileBand.Of(60, LaitBands, Polarity.Neutral));
        Assert.Null(QuartileBand.Of(60, (Quartiles?)null, Polarity.LowIsGood));
    }

    [Fact]
    public void Bands_are_cut_at_the_type_7_quartiles_of_all_authorities_with_a_value()
    {
        // Quartiles of 1..10 are 1, 3.25, 5.5, 7.75, 10 (R's quantile(1:10)); missing authorities are ignored.
        double?[] all = [.. Enumerable.Range(1, 10).Select(i => (double?)i), null, double.NaN];

        Assert.Equal("A", QuartileBand.Of(3, all, Polarity.LowIsGood));
        Assert.Equal("B", QuartileBand.Of(4, all, Polarity.LowIsGood));
        Assert.Equal("C", QuartileBand.Of(6, all, Polarity.LowIsGood));
        Assert.Equal("D", QuartileBand.Of(8, all, Polarity.LowIsGood));
        Assert.Equal("A", QuartileBand.Of(8, all, Polarity.HighIsGood));
        Assert.Equal("D", QuartileBand.Of(3, all, Polarity.HighIsGood));
        Assert.Null(QuartileBand.Of(5, all, Polarity.Neutral));
    }
}
