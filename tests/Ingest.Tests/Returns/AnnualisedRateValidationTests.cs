using System.Globalization;
using System.Text;
using Safeguarding.Analytics.Ingest.Tests.Demo;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;
using static Safeguarding.Analytics.Ingest.Tests.Returns.Validation;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

/// <summary>
/// A quarter's rate of events the catalogue annualises is checked as numerator ÷ denominator × multiplier × 4, and the
/// message names the rule.
/// </summary>
public sealed class AnnualisedRateValidationTests
{
    private const string SocialCare = "childrens_social_care";

    [Theory]
    [InlineData("cla_starts_rate_per_10k", "23.2", 20)]
    [InlineData("cpp_starts_rate_per_10k", "46.5", 40)]
    [InlineData("referrals_rate_per_10k", "519.2", 447)]
    public void A_quarters_count_times_four_per_10000_is_accepted_for_an_annualised_rate(string indicator, string value, int count)
    {
        var validated = Validate($"{indicator},E06000019,2025-26 Q3,{value},{count},34439,final,\n", SocialCare, "2025-26 Q3");

        Assert.Empty(Errors(validated));
    }

    [Fact]
    public void The_quarters_rate_not_annualised_is_value_mismatch_naming_the_annualised_rule()
    {
        var validated = Validate("cla_starts_rate_per_10k,E06000019,2025-26 Q3,5.8,20,34439,final,\n", SocialCare, "2025-26 Q3");

        var error = SingleError(validated);
        Assert.Equal(("value_mismatch", 2, "value"), (error.Code, error.Row, error.Column));
        Assert.EndsWith("5.8 does not match 20 / 34439 × 10000 × 4 (annualised) = 23.2295.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_the_catalogue_does_not_annualise_is_checked_as_counted()
    {
        Assert.Empty(Errors(Validate("cpp_rate_per_10k,E06000019,2025-26 Q3,40.1,138,34439,final,\n", SocialCare, "2025-26 Q3")));

        var error = SingleError(Validate("cpp_rate_per_10k,E06000019,2025-26 Q3,160.3,138,34439,final,\n", SocialCare, "2025-26 Q3"));
        Assert.EndsWith("160.3 does not match 138 / 34439 × 10000 = 40.0708.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Childrens_social_cares_demo_figures_sent_again_for_the_next_quarter_are_valid()
    {
        var latest = DemoTestData.Inputs().LastQuarter;
        var next = latest.Next();
        var owned = DemoTestData.Catalogue
            .Where(i => i.Frequency == Frequency.Quarterly && Reference.FindAgency(SocialCare)!.Owns(i))
            .Select(i => i.Id)
            .ToHashSet(StringComparer.Ordinal);
        var figures = DemoTestData.Returns.Where(o => o.PeriodKey == latest.Key && owned.Contains(o.IndicatorId)).ToList();
        var rows = new StringBuilder();
        foreach (var o in figures)
        {
            rows.Append(CultureInfo.InvariantCulture,
                $"{o.IndicatorId},{o.AreaCode},{next.Key},{Number(o.Value)},{Number(o.Numerator)},{Number(o.Denominator)},{o.Status.ToString().ToLowerInvariant()},{(o.Value is null ? "not available" : "")}\n");
        }

        var validated = Validate(rows.ToString(), SocialCare, next.Key);

        Assert.Contains(figures, o => FigureScale.AnnualisationFactor(DemoTestData.Indicator(o.IndicatorId), latest) == 4 && o.Value is not null);
        Assert.Empty(Errors(validated));
        Assert.Equal(figures.Count, validated.Lines.Count);
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
}
