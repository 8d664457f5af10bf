using Safeguarding.Analytics.Ingest.DataQuality;
using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Ingest.Tests.Returns;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.DataQuality;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Ingest.Tests.DataQuality;

public sealed class DataQualityCalculatorTests
{
    private static readonly Agency Police = Validation.Reference.FindAgency("police")!;
    private static readonly Period Q1 = Period.Parse("2024-25 Q1");

    // Police's Q1 return is due 20 days after 30 June 2024.
    private static readonly DateTime DeadlineDay = new(2024, 7, 20, 23, 59, 0, DateTimeKind.Utc);

    private static ValidatedReturn Complete() => Validation.Validate(
        "repeat_da_pct,E06000019,2024-25 Q1,20,,,,\n" +
        "da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,20,,,,\n" +
        "marac_cases_rate_per_10k,E06000019,2024-25 Q1,20,,,,\n" +
        "exploitation_risk_rate_per_10k,E06000019,2024-25 Q1,20,,,,\n" +
        "da_notifications_timely_pct,E06000019,2024-25 Q1,20,,,,\n");

    private static SubmissionOutcome Outcome(ValidatedReturn validated, params SubmissionProblem[] extra) => new()
    {
        SubmissionId = 7,
        Status = validated.ErrorCount == 0 ? SubmissionStatus.Loaded : SubmissionStatus.Rejected,
        RowCount = validated.RowCount,
        ErrorCount = validated.ErrorCount,
        WarningCount = validated.WarningCount + extra.Length,
        Problems = [.. validated.Problems, .. extra],
    };

    private static DataQualityScore Score(ValidatedReturn validated, DateTime? received, DateTime now, params SubmissionProblem[] extra) =>
        DataQualityCalculator.Calculate(Police, Q1, validated, Outcome(validated, extra), received, now);

    [Fact]
    public void A_complete_clean_return_on_the_deadline_day_scores_100()
    {
        var score = Score(Complete(), DeadlineDay, DeadlineDay.AddDays(40));

        Assert.Equal(new DateOnly(2024, 7, 20), score.Deadline);
        Assert.Equal((0, 1.0, 1.0, 1.0, 1.0, 100.0), (score.DaysLate, score.Completeness, score.Timeliness, score.Validity, score.Consistency, score.Score));
        Assert.Equal((5, 5, 7L, "police", "2024-25 Q1"), (score.ExpectedIndicators, score.ReceivedIndicators, score.SubmissionId, score.AgencyId, score.PeriodKey));
    }

    [Fact]
    public void Three_days_late_is_timeliness_0_7()
    {
        var score = Score(Complete(), new DateTime(2024, 7, 23, 0, 1, 0, DateTimeKind.Utc), DeadlineDay.AddDays(40));

        Assert.Equal(3, score.DaysLate);
        Assert.Equal(0.7, score.Timeliness, 10);
        Assert.Equal(92.5, score.Score);
    }

    [Fact]
    public void Ten_or_more_days_late_is_timeliness_0()
    {
        Assert.Equal(0, Score(Complete(), DeadlineDay.AddDays(12), DeadlineDay.AddDays(40)).Timeliness);
    }

    [Fact]
    public void Nothing_loaded_before_the_deadline_passes_is_on_time_so_far()
    {
        Assert.Equal(1, Score(Complete(), null, DeadlineDay).Timeliness);
    }

    [Fact]
    public void Nothing_loaded_after_the_deadline_is_timeliness_0()
    {
        var score = Score(Complete(), null, DeadlineDay.AddDays(1));

        Assert.Equal((0.0, (DateTime?)null), (score.Timeliness, score.FirstLoadedReceivedAt));
    }

    [Fact]
    public void Completeness_is_the_share_of_expected_indicators_received()
    {
        var partial = Validation.Validate("repeat_da_pct,E06000019,2024-25 Q1,20,,,,\nmarac_cases_rate_per_10k,E06000019,2024-25 Q1,20,,,,\n");

        var score = Score(partial, DeadlineDay, DeadlineDay);

        Assert.Equal((5, 2, 0.4), (score.ExpectedIndicators, score.ReceivedIndicators, score.Completeness));
        Assert.Equal(1, score.Consistency); // expected_missing warnings name no row
    }

    [Fact]
    public void Validity_is_the_share_of_rows_free_of_errors()
    {
        var validated = Validation.Validate(
            "repeat_da_pct,E06000019,2024-25 Q1,101,,,,\n" +
            "da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,20,,,,\n" +
            "marac_cases_rate_per_10k,E06000019,2024-25 Q1,20,,,,\n" +
            "exploitation_risk_rate_per_10k,E06000019,2024-25 Q1,-1,,,,\n");

        Assert.Equal(0.5, Score(validated, DeadlineDay, DeadlineDay).Validity);
    }

    [Fact]
    public void An_error_on_the_whole_file_is_validity_0()
    {
        var validated = Validation.Validate(
            "repeat_da_pct,E06000019,2024-25 Q1,20,,,,\ncpp_rate_per_10k,E06000019,2024-25 Q1,20,,,,\n", agencyId: null);

        Assert.Equal("agency_unknown", Validation.SingleError(validated).Code);
        Assert.Equal(0, Score(validated, DeadlineDay, DeadlineDay).Validity);
    }

    [Fact]
    public void Consistency_is_the_share_of_rows_without_a_plausibility_warning()
    {
        var warnings = new[]
        {
            new SubmissionProblem(ProblemSeverity.Warning, "large_change", 2, "value", "row 2"),
            new SubmissionProblem(ProblemSeverity.Warning, "far_from_peers", 2, "value", "row 2 again"),
            new SubmissionProblem(ProblemSeverity.Warning, "large_change", 4, "value", "row 4"),
        };

        var score = Score(Complete(), DeadlineDay, DeadlineDay, warnings);

        Assert.Equal(0.6, score.Consistency, 10);
        Assert.Equal(90, score.Score);
    }

    [Fact]
    public void The_score_is_the_mean_out_of_100_to_one_place()
    {
        var partial = Validation.Validate("repeat_da_pct,E06000019,2024-25 Q1,20,,,,\nmarac_cases_rate_per_10k,E06000019,2024-25 Q1,20,,,,\nda_notifications_timely_pct,E06000019,2024-25 Q1,20,,,,\n");
        var warned = new SubmissionProblem(ProblemSeverity.Warning, "large_change", 3, "value", "row 3");

        var score = Score(partial, DeadlineDay.AddDays(1), DeadlineDay, warned);

        // (3/5 + 0.9 + 1 + 2/3) / 4 × 100 = 79.1666…
        Assert.Equal(79.2, score.Score);
    }

    [Fact]
    public void A_score_half_way_between_tenths_rounds_away_from_zero()
    {
        var four = Validation.Validate(
            "repeat_da_pct,E06000019,2024-25 Q1,20,,,,\n" +
            "da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,20,,,,\n" +
            "marac_cases_rate_per_10k,E06000019,2024-25 Q1,20,,,,\n" +
            "exploitation_risk_rate_per_10k,E06000019,2024-25 Q1,20,,,,\n");
        var warned = Enumerable.Range(2, 3).Select(row => new SubmissionProblem(ProblemSeverity.Warning, "large_change", row, "value", "check")).ToArray();

        var score = Score(four, DeadlineDay, DeadlineDay, warned);

        // (4/5 + 1 + 1 + 1/4) / 4 × 100 = 76.25: 76.3 away from zero, not 76.2 to even.
        Assert.Equal((0.8, 0.25), (score.Completeness, score.Consistency));
        Assert.Equal(76.3, score.Score);
    }
}
