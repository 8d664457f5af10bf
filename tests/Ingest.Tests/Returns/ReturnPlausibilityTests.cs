using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

public sealed class ReturnPlausibilityTests
{
    private static readonly Indicator Percentage = TestCatalogue.CpVisits;
    private static readonly Indicator Rate = TestCatalogue.CppRate;
    private static readonly Indicator Count = TestCatalogue.CppRate with { Id = "count", ValueType = IndicatorValueType.Count, Multiplier = 1 };

    [Theory]
    [InlineData(50, 65, false)]
    [InlineData(50, 65.1, true)]
    [InlineData(50, 34.9, true)]
    [InlineData(0, 15, false)]
    public void A_percentage_changes_largely_past_15_points(double previous, double value, bool large) =>
        Assert.Equal(large, ReturnPlausibility.IsLargeChange(Percentage, previous, value));

    [Theory]
    [InlineData(40, 60, false)]
    [InlineData(40, 60.1, true)]
    [InlineData(40, 19.9, true)]
    [InlineData(0, 500, false)]
    public void A_rate_changes_largely_past_half_its_previous_value(double previous, double value, bool large) =>
        Assert.Equal(large, ReturnPlausibility.IsLargeChange(Rate, previous, value));

    [Theory]
    [InlineData(4, 8, false)] // doubled, but by fewer than 5
    [InlineData(4, 9, true)]
    [InlineData(100, 150, false)]
    [InlineData(100, 151, true)]
    public void A_count_changes_largely_past_half_and_by_at_least_5(double previous, double value, bool large) =>
        Assert.Equal(large, ReturnPlausibility.IsLargeChange(Count, previous, value));

    [Theory]
    [InlineData(0.25, 3.25)]
    [InlineData(0.5, 5.5)]
    [InlineData(0.75, 7.75)]
    [InlineData(0, 1)]
    [InlineData(1, 10)]
    [InlineData(0.1, 1.9)]
    public void Quantile7_matches_r_for_1_to_10(double p, double expected) =>
        // R: quantile(1:10, p, type = 7); h = (n - 1)p, e.g. 9 × 0.25 = 2.25 → x[3] + 0.25 × (x[4] − x[3]) = 3.25.
        Assert.Equal(expected, ReturnPlausibility.Quantile7([.. Enumerable.Range(1, 10).Select(i => (double)i)], p), 10);

    [Fact]
    public void Quantile7_matches_r_for_uneven_values()
    {
        // quantile(c(2, 3, 5, 8, 13, 21), c(.25, .75)) gives 3.5 and 11.75: h = 1.25 → 3 + .25 × 2; h = 3.75 → 8 + .75 × 5.
        double[] sorted = [2, 3, 5, 8, 13, 21];

        Assert.Equal(3.5, ReturnPlausibility.Quantile7(sorted, 0.25), 10);
        Assert.Equal(11.75, ReturnPlausibility.Quantile7(sorted, 0.75), 10);
    }

    [Fact]
    public void A_value_beyond_the_far_out_fences_of_peers_is_flagged_with_the_fences()
    {
        // Q1 3.25, Q3 7.75, IQR 4.5: fences 3.25 − 13.5 = −10.25 and 7.75 + 13.5 = 21.25.
        double[] peers = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];

        Assert.Equal((-10.25, 21.25), ReturnPlausibility.FarOutside(peers, 21.3));
        Assert.Equal((-10.25, 21.25), ReturnPlausibility.FarOutside(peers, -10.3));
        Assert.Null(ReturnPlausibility.FarOutside(peers, 21.25));
        Assert.Null(ReturnPlausibility.FarOutside(peers, -10.25));
    }

    [Fact]
    public void Fewer_than_five_peers_give_no_fences()
    {
        Assert.Null(ReturnPlausibility.FarOutside([1, 2, 3, 4], 1000));
        Assert.NotNull(ReturnPlausibility.FarOutside([1, 2, 3, 4, 5], 1000));
    }

    [Fact]
    public void Peers_all_alike_give_no_fences()
    {
        Assert.Null(ReturnPlausibility.FarOutside([5, 5, 5, 5, 5, 5], 6));
    }

    [Fact]
    public void Check_warns_on_the_row_and_value_column()
    {
        var validated = Validation.Validate("repeat_da_pct,E06000019,2024-25 Q1,80,,,,\nda_notifications_timely_pct,E06000019,2024-25 Q1,90,,,,\nmarac_cases_rate_per_10k,E06000019,2024-25 Q1,,,,missing,\n");
        var evidence = new PlausibilityEvidence(
            new Dictionary<(string, string, string), double> { [("repeat_da_pct", "E06000019", "2023-24 Q4")] = 30, [("da_notifications_timely_pct", "E06000019", "2023-24 Q4")] = 89, [("marac_cases_rate_per_10k", "E06000019", "2023-24 Q4")] = 1 },
            new Dictionary<(string, string), IReadOnlyList<double>> { [("da_notifications_timely_pct", "2024-25 Q1")] = [20, 21, 22, 23, 24, 25] });

        var warnings = ReturnPlausibility.Check(validated, evidence, Validation.Reference);

        Assert.Equal([("large_change", 2), ("far_from_peers", 3)], warnings.Select(w => (w.Code, w.Row!.Value)));
        Assert.All(warnings, w => Assert.Equal((ProblemSeverity.Warning, "value"), (w.Severity, w.Column)));
        Assert.StartsWith("q1.csv, row 2, column value: 80 is a large change on the previous period's 30", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("6 neighbours", warnings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_without_evidence_warns_of_nothing()
    {
        var validated = Validation.Validate("repeat_da_pct,E06000019,2024-25 Q1,80,,,,\n");

        Assert.Empty(ReturnPlausibility.Check(validated, PlausibilityEvidence.Empty, Validation.Reference));
        Assert.Equal(ObservationStatus.Final, validated.Lines[0].Observation.Status);
    }

    [Fact]
    public void Each_row_is_compared_with_its_own_previous_period_and_peers_of_its_own_period()
    {
        // The same indicator and area stored for a quarter and for a year, as a return's quarterly figure sits beside
        // a published annual one: each row reads only the period before its own.
        var validated = Validation.Validate("repeat_da_pct,E06000019,2024-25 Q1,31,,,,\n");
        var evidence = new PlausibilityEvidence(
            new Dictionary<(string, string, string), double> { [("repeat_da_pct", "E06000019", "2023-24 Q4")] = 30, [("repeat_da_pct", "E06000019", "2023-24")] = 80 },
            new Dictionary<(string, string), IReadOnlyList<double>> { [("repeat_da_pct", "2023-24")] = [1, 2, 3, 4, 5, 6], [("repeat_da_pct", "2024-25 Q1")] = [28, 29, 30, 31, 32, 33] });

        Assert.Empty(ReturnPlausibility.Check(validated, evidence, Validation.Reference));
    }
}
