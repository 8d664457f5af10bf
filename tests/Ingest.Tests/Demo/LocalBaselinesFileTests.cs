using Safeguarding.Analytics.Ingest.Demo;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Tests.Demo;

public sealed class LocalBaselinesFileTests
{
    private static IReadOnlyList<LocalBaseline> Baselines => LocalBaselinesFile.Read(DemoTestData.PathOf("demo", "local_baselines.csv"));

    [Fact]
    public void Every_quarterly_indicator_has_a_baseline_and_every_proportion_a_denominator()
    {
        var baselines = Baselines.ToDictionary(b => b.IndicatorId);

        Assert.All(DemoTestData.Quarterly, indicator =>
        {
            Assert.True(baselines.TryGetValue(indicator.Id, out var baseline), indicator.Id);
            if (indicator.ValueType == IndicatorValueType.Proportion)
            {
                Assert.True(baseline.DenominatorHint > 0, indicator.Id);
                Assert.InRange(baseline.Level, 0, 100);
            }
        });
    }

    [Fact]
    public void Repeat_domestic_abuse_baseline_is_near_the_safelives_national_rate()
    {
        Assert.InRange(Baselines.Single(b => b.IndicatorId == "repeat_da_pct").Level, 25, 32);
    }

    [Fact]
    public void A_duplicate_indicator_is_reported_with_its_row()
    {
        const string text = "indicator_id,level,denominator_hint,note\na,1,,\na,2,,\n";

        var error = Assert.Throws<CsvDataException>(() => LocalBaselinesFile.Read(new StringReader(text), "local_baselines.csv"));

        Assert.Equal(3, error.Row);
        Assert.Equal("indicator_id", error.Column);
    }
}
