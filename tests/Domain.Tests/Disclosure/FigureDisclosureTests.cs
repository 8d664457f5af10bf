using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Domain.Tests.Disclosure;

/// <summary>Which counts behind a figure make it too small to leave the service, by the kind of figure.</summary>
public class FigureDisclosureTests
{
    private static readonly DisclosureRule Rule = DisclosureRule.Standard;

    private static Observation Figure(double? value, double? numerator, double? denominator) => new()
    {
        IndicatorId = "x",
        AreaCode = "E06000019",
        PeriodKey = "2024-25 Q1",
        Value = value,
        Numerator = numerator,
        Denominator = denominator,
        Source = "test",
    };

    [Theory]
    [InlineData(3, 120, true)]
    [InlineData(0, 120, false)]
    [InlineData(115, 120, true)]
    [InlineData(30, 4, true)]
    [InlineData(30, 120, false)]
    public void A_proportion_is_suppressed_when_those_counted_or_those_not_counted_are_few(double numerator, double denominator, bool suppressed)
    {
        var indicator = TestCatalogue.RepeatDa with { ValueType = IndicatorValueType.Proportion };

        Assert.Equal(suppressed, FigureDisclosure.Reason(Figure(numerator / denominator * 100, numerator, denominator), indicator, Rule) is not null);
    }

    [Fact]
    public void A_count_is_suppressed_by_its_own_value_and_a_rate_by_its_numerator_only()
    {
        Assert.NotNull(FigureDisclosure.Reason(Figure(4, null, null), TestCatalogue.RepeatDa with { ValueType = IndicatorValueType.Count }, Rule));
        Assert.NotNull(FigureDisclosure.Reason(Figure(1.1, 4, 36_000), TestCatalogue.CppRate with { ValueType = IndicatorValueType.Rate }, Rule));
        Assert.Null(FigureDisclosure.Reason(Figure(11.1, 40, 36_000), TestCatalogue.CppRate with { ValueType = IndicatorValueType.Rate }, Rule));
    }
}
