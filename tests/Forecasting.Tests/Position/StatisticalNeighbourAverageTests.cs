using Safeguarding.Analytics.Forecasting.Position;

namespace Safeguarding.Analytics.Forecasting.Tests.Position;

public class StatisticalNeighbourAverageTests
{
    [Fact]
    public void Average_is_unweighted_over_the_neighbours_with_a_value()
    {
        var average = StatisticalNeighbourAverage.Of([40.0, null, 50.0, 60.0, null]);

        Assert.Equal(50.0, average.Value);
        Assert.Equal(3, average.NeighboursWithValue);
    }

    [Fact]
    public void Ten_neighbours_average_matches_hand_calculation()
    {
        // Herefordshire's CP plans per 10,000 neighbours in LAIT 2024 would be averaged exactly like this.
        double?[] values = [42.1, 38.4, 51.0, 29.9, 44.4, 36.2, 47.5, 33.3, 40.0, 39.2];
        Assert.Equal(40.2, StatisticalNeighbourAverage.Of(values).Value!.Value, precision: 10);
    }

    [Fact]
    public void No_neighbour_with_a_value_gives_no_average()
    {
        var average = StatisticalNeighbourAverage.Of([null, double.NaN]);

        Assert.Null(average.Value);
        Assert.Equal(0, average.NeighboursWithValue);
    }
}
