using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Domain.Tests.Disclosure;

/// <summary>Which counts behind a figure make it too small to leave the service, by the kind of figure.</summary>
public class FigureDisclosureTests
{
    private static readonly DisclosureRule Rule = DisclosureRule.Standard;

    private static Observation Figure(double? value, double? numerator, double? denominator, string period = "2024-25 Q1") => new()
    {
        IndicatorId = "x",
        AreaCode = "E06000019",
        PeriodKey = period,
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

    [Fact]
    public void A_rate_sent_without_its_numerator_is_withheld_when_the_count_it_implies_is_small()
    {
        var rate = TestCatalogue.CppRate with { ValueType = IndicatorValueType.Rate, Multiplier = 10_000 };

        // 1.4 per 10,000 of 21,000 children is 2.94: 3 children.
        Assert.Equal(3, FigureCounts.Counted(Figure(1.4, null, 21_000, "2024-25"), rate));
        Assert.Equal(Rule.RateReason, FigureDisclosure.Reason(Figure(1.4, null, 21_000, "2024-25"), rate, Rule));
        Assert.Null(FigureDisclosure.Reason(Figure(0.0, null, 21_000, "2024-25"), rate, Rule));
        Assert.Null(FigureDisclosure.Reason(Figure(14.0, null, 21_000, "2024-25"), rate, Rule));
        Assert.Null(FigureDisclosure.Reason(Figure(1.4, null, null, "2024-25"), rate, Rule));
    }

    [Fact]
    public void An_annualised_quarter_implies_a_quarter_of_the_yearly_count()
    {
        var annualised = TestCatalogue.CppRate with { ValueType = IndicatorValueType.Rate, Multiplier = 10_000, QuarterAnnualisation = QuarterAnnualisation.Times4 };

        // 5.6 per 10,000 a year of 21,000 children, for one quarter: 5.6 × 21,000 ÷ (10,000 × 4) = 2.94, so 3 children.
        Assert.Equal(3, FigureCounts.Counted(Figure(5.6, null, 21_000, "2024-25 Q1"), annualised));
        Assert.NotNull(FigureDisclosure.Reason(Figure(5.6, null, 21_000, "2024-25 Q1"), annualised, Rule));
        Assert.Null(FigureDisclosure.Reason(Figure(5.6, null, 21_000, "2024-25"), annualised, Rule));
    }

    [Fact]
    public void A_proportion_sent_without_its_numerator_is_withheld_when_those_not_counted_are_implied_few()
    {
        var indicator = TestCatalogue.RepeatDa with { ValueType = IndicatorValueType.Proportion };

        // 97.5% of 120 is 117 counted and 3 not.
        Assert.Equal(3, FigureCounts.NotCounted(Figure(97.5, null, 120), indicator));
        Assert.NotNull(FigureDisclosure.Reason(Figure(97.5, null, 120), indicator, Rule));
        Assert.Null(FigureDisclosure.Reason(Figure(50.0, null, 120), indicator, Rule));
    }

    [Fact]
    public void A_count_indicator_is_withheld_on_its_value_when_no_numerator_is_sent()
    {
        var count = TestCatalogue.RepeatDa with { ValueType = IndicatorValueType.Count, Multiplier = 1 };

        Assert.Equal(5, FigureCounts.Counted(Figure(5, null, null), count));
        Assert.NotNull(FigureDisclosure.Reason(Figure(5, null, null), count, Rule));
        Assert.Null(FigureDisclosure.Reason(Figure(0, null, null), count, Rule));
        Assert.Null(FigureDisclosure.Reason(Figure(6, null, null), count, Rule));
    }
}
