using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Warehouse.Tests.ReferenceData;

public sealed class ReferenceDataSetTests
{
    private static readonly ReferenceDataSet Reference =
        ReferenceDataSet.Load(ReferenceDataFolder.Locate());

    [Fact]
    public void Loads_areas_priorities_and_indicators_together()
    {
        Assert.Equal(9, Reference.Areas.Regions.Count);
        Assert.Equal(7, Reference.Priorities.Count);
        Assert.Equal("Child protection plans per 10,000 children", Reference.Indicator("cpp_rate_per_10k").Name);
    }

    [Fact]
    public void An_unknown_indicator_id_throws_a_clear_error()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Reference.Indicator("no_such_indicator"));

        Assert.Contains("indicators.csv", error.Message, StringComparison.Ordinal);
    }
}
