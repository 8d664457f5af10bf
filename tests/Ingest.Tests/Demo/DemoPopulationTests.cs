using Safeguarding.Analytics.Ingest.Demo;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Tests.Demo;

public sealed class DemoPopulationTests
{
    private static readonly string ClaFile = DemoTestData.PathOf("comparators", "dfe_cla_number_and_rate_per_10k_children_2021_to_2025.csv");

    [Theory]
    [InlineData("E06000019")]
    [InlineData("884")]
    public void Herefordshire_takes_the_latest_DfE_estimate_of_children_by_either_code(string code)
    {
        var population = DemoPopulation.Read(ClaFile, code);

        Assert.Equal("E06000019", population.AreaCode);
        Assert.Equal("884", population.DfeCode);
        Assert.Equal(2025, population.Year);
        Assert.Equal(34439, population.Children0To17);
    }

    [Fact]
    public void Older_children_and_adults_are_the_documented_ratios_of_children()
    {
        var population = DemoPopulation.FromChildren("E1", null, "Test", 2025, 10000);

        Assert.Equal(4600, population.Children10To17);
        Assert.Equal(39000, population.Adults16Plus);
    }

    [Fact]
    public void An_unknown_area_is_reported()
    {
        var error = Assert.Throws<CsvDataException>(() => DemoPopulation.Read(ClaFile, "E99999999"));

        Assert.StartsWith(Path.GetFileName(ClaFile), error.Message, StringComparison.Ordinal);
        Assert.Contains("'E99999999'", error.Message, StringComparison.Ordinal);
    }
}
