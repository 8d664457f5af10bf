using Safeguarding.Analytics.Forecasting.Position;

namespace Safeguarding.Analytics.Forecasting.Tests.Position;

public class QuartilesTests
{
    [Fact]
    public void Ten_values_match_R_quantile()
    {
        // R: quantile(1:10) gives 1, 3.25, 5.5, 7.75, 10.
        var q = Quartiles.Of([.. Enumerable.Range(1, 10).Select(i => (double?)i)])!;

        Assert.Equal(new Quartiles(1, 3.25, 5.5, 7.75, 10), q);
    }

    [Fact]
    public void Four_values_match_R_quantile()
    {
        // R: quantile(c(4, 1, 3, 2)) gives 1, 1.75, 2.5, 3.25, 4 (order of input does not matter).
        Assert.Equal(new Quartiles(1, 1.75, 2.5, 3.25, 4), Quartiles.Of([4.0, 1.0, 3.0, 2.0]));
    }

    [Fact]
    public void Missing_values_are_left_out_as_with_na_rm()
    {
        // R: quantile(c(10, NA, 30, 20, NA, 40, 50), na.rm = TRUE) gives 10, 20, 30, 40, 50.
        Assert.Equal(new Quartiles(10, 20, 30, 40, 50), Quartiles.Of([10.0, null, 30.0, 20.0, double.NaN, 40.0, 50.0]));
    }

    [Fact]
    public void A_single_value_is_every_quartile_and_no_values_give_none()
    {
        Assert.Equal(new Quartiles(7, 7, 7, 7, 7), Quartiles.Of([7.0]));
        Assert.Null(Quartiles.Of([null, double.NaN]));
        Assert.Null(Quartiles.Of([]));
    }
}
