using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Domain.Tests.Catalogue;

public sealed class FigureScaleTests
{
    private static readonly Indicator Referrals = TestCatalogue.CppRate with
    {
        Id = "referrals_rate_per_10k",
        QuarterAnnualisation = QuarterAnnualisation.Times4,
    };

    [Fact]
    public void A_quarter_of_an_annualised_rate_is_its_count_times_four_per_multiplier()
    {
        Assert.Equal(4, FigureScale.AnnualisationFactor(Referrals, Period.Parse("2025-26 Q2")));
        Assert.Equal(519.2, Math.Round(FigureScale.ValueOf(Referrals, "2025-26 Q2", 447, 34439), 1));
    }

    [Theory]
    [InlineData("2024-25")]
    [InlineData("2024")]
    [InlineData("not a period")]
    public void A_year_of_the_same_indicator_is_not_annualised_again(string period)
    {
        Assert.Equal(1, FigureScale.AnnualisationFactor(Referrals, period));
        Assert.Equal(129.8, Math.Round(FigureScale.ValueOf(Referrals, period, 447, 34439), 1));
    }

    [Fact]
    public void A_quarter_of_an_indicator_not_annualised_is_as_counted()
    {
        Assert.Equal(1, FigureScale.AnnualisationFactor(TestCatalogue.CppRate, Period.Parse("2025-26 Q2")));
        Assert.Equal(129.8, Math.Round(FigureScale.ValueOf(TestCatalogue.CppRate, "2025-26 Q2", 447, 34439), 1));
    }

    [Fact]
    public void The_rule_in_words_says_which_way_to_send_it()
    {
        Assert.Equal(
            "numerator / denominator × 10000 × 4 (annualised: the quarter's count × 4 per 10,000 children)",
            FigureScale.RuleInWords(Referrals, Period.Parse("2025-26 Q3")));
        Assert.Equal("numerator / denominator × 10000", FigureScale.RuleInWords(Referrals, Period.Parse("2025-26")));
        Assert.Equal("numerator / denominator × 10000", FigureScale.RuleInWords(TestCatalogue.CppRate, Period.Parse("2025-26 Q3")));
    }
}
