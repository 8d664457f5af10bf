using Safeguarding.Analytics.Dashboard.Submissions;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Dashboard.Tests.Submissions;

/// <summary>A plausibility warning's figures are taken out of its words, keeping the period and the indicator it names.</summary>
public class SubmissionProblemDisclosureTests
{
    [Fact]
    public void A_large_change_warning_loses_both_figures_and_keeps_the_indicator_and_period()
    {
        var redacted = SubmissionProblemDisclosure.Redact("police-2024.csv, row 7, column value: 3 is a large change on the previous period's 12 for cpp_2yrs_plus_pct in 2024-25 Q1; check it.");

        Assert.DoesNotContain(" 3 ", " " + redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("12", redacted, StringComparison.Ordinal);
        Assert.Contains("cpp_2yrs_plus_pct", redacted, StringComparison.Ordinal);
        Assert.Contains("2024-25 Q1", redacted, StringComparison.Ordinal);
        Assert.StartsWith("police-2024.csv, row 7, column value: [withheld] is", redacted, StringComparison.Ordinal);
        Assert.Contains("figures withheld", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Fences_far_from_peers_go_negative_or_decimal()
    {
        var redacted = SubmissionProblemDisclosure.Redact("41.5 is far outside the statistical neighbours' -3.25–17 (far-out fences of 10 neighbours) for repeat_da_pct; check it.");

        Assert.DoesNotContain("41.5", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("3.25", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("17", redacted, StringComparison.Ordinal);
        Assert.Contains("repeat_da_pct", redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("large_change", "value", "3 is a large change on the previous period's 12 for repeat_da_pct.", true)]
    [InlineData("not_a_number", "numerator", "'three' is not a number.", false)]
    [InlineData("unknown_indicator", "indicator_id", "'x1' is not an indicator in 2024-25.", false)]
    [InlineData("numerator_over_denominator", "numerator", "The numerator 7 is more than the denominator 5.", true)]
    public void Only_a_message_quoting_a_number_about_a_figure_is_judged(string code, string column, string message, bool quotes) =>
        Assert.Equal(quotes, SubmissionProblemDisclosure.QuotesFigure(new SubmissionProblem(ProblemSeverity.Warning, code, 2, column, message)));
}
