using Safeguarding.Analytics.Ingest.Returns;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.Submissions;
using static Safeguarding.Analytics.Ingest.Tests.Returns.Validation;

namespace Safeguarding.Analytics.Ingest.Tests.Returns;

/// <summary>The validator on a whole file: every error listed, the cap, the agency and quarter, and a valid file's lines.</summary>
public sealed class QuarterlyReturnValidatorFileTests
{
    private const string Good = "repeat_da_pct,E06000019,2024-25 Q1,20,,,,\n";

    [Fact]
    public void Errors_in_rows_2_5_and_9_are_all_listed()
    {
        var rows = "repeat_da_pct,E06000019,2024-25 Q1,101,,,,\n" // row 2
            + "da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,12,,,,\n"
            + "marac_cases_rate_per_10k,E06000019,2024-25 Q1,3,,,,\n"
            + "exploitation_risk_rate_per_10k,E06000019,2024-25 Q1,abc,,,,\n" // row 5
            + "\n"
            + "da_notifications_timely_pct,E06000019,2024-25 Q1,90,,,,\n"
            + "\n"
            + "da_notifications_timely_pct,E06000019,2024-25 Q1,91,,,,\n"; // row 9

        var validated = Validate(rows);

        Assert.Equal([("out_of_range", 2), ("not_a_number", 5), ("duplicate_row", 9)], Errors(validated).Select(e => (e.Code, e.Row!.Value)));
        Assert.Equal(3, validated.ErrorCount);
        Assert.Equal(3, validated.RowsWithErrors);
        Assert.Equal(6, validated.RowCount);
        Assert.Empty(validated.Lines);
    }

    [Fact]
    public void Several_errors_on_one_row_are_each_listed()
    {
        var validated = Validate("repeat_da_pct,E99999999,2024-25 Q9,abc,,,draft,\n");

        Assert.Equal(["unknown_area", "bad_period", "unknown_status", "not_a_number"], Errors(validated).Select(e => e.Code));
        Assert.Equal(1, validated.RowsWithErrors);
    }

    [Fact]
    public void The_problem_cap_limits_the_list_but_not_the_counts()
    {
        var rows = string.Concat(Enumerable.Range(0, 5).Select(i => $"repeat_da_pct,E99999999,2024-25 Q1,{i},,,,\n"));

        var validated = Validate(rows, limits: new ReturnLimits { MaxProblems = 2 });

        Assert.Equal(["unknown_area", "unknown_area", "more_problems"], validated.Problems.Select(p => p.Code));
        Assert.Equal(5, validated.ErrorCount);
        Assert.Equal(4, validated.WarningCount); // four of police's quarterly indicators have no row
        Assert.Equal(5, validated.RowsWithErrors);
        var more = validated.Problems[^1];
        Assert.Equal(ProblemSeverity.Error, more.Severity);
        Assert.Equal("q1.csv: 7 more problems are not listed (5 errors and 4 warnings in all).", more.Message);
    }

    [Fact]
    public void The_agency_is_inferred_when_every_indicator_has_one_owner()
    {
        var validated = Validate(Good + "marac_cases_rate_per_10k,E06000019,2024-25 Q1,3,,,,\n", agencyId: null);

        Assert.Equal("police", validated.Agency?.Id);
        Assert.True(validated.IsValid);
    }

    [Fact]
    public void Indicators_of_two_agencies_leave_the_agency_unknown()
    {
        var validated = Validate(Good + "cpp_rate_per_10k,E06000019,2024-25 Q1,40,,,,\n", agencyId: null);

        Assert.Null(validated.Agency);
        Assert.Equal("agency_unknown", SingleError(validated).Code);
        Assert.False(validated.IsValid);
    }

    [Fact]
    public void The_agency_named_by_a_template_is_used()
    {
        var read = new ReturnReadResult("q1.xlsx", "xlsx", [new ReturnRecord(2, "cpp_rate_per_10k", "E06000019", "2024-25 Q1", "40", "", "", "", "")], [], "police", "2024-25 Q1");

        var validated = new QuarterlyReturnValidator(Reference).Validate(read, "q1.xlsx", null, null, null, ReturnFiles.Limits);

        Assert.Equal("police", validated.Agency?.Id);
        Assert.Equal("2024-25 Q1", validated.Quarter?.Key);
        Assert.Equal("not_owned", SingleError(validated).Code);
    }

    [Fact]
    public void The_quarter_is_inferred_from_the_rows()
    {
        var validated = Validate(Good, quarter: null);

        Assert.Equal(Period.FinancialQuarter(2024, 1), validated.Quarter);
        Assert.True(validated.IsValid);
    }

    [Fact]
    public void Rows_for_two_quarters_leave_the_quarter_unknown()
    {
        var validated = Validate(Good + "marac_cases_rate_per_10k,E06000019,2024-25 Q2,3,,,,\n", quarter: null);

        Assert.Null(validated.Quarter);
        var error = SingleError(validated);
        Assert.Equal(("quarter_unknown", "period"), (error.Code, error.Column));
        Assert.Contains("2024-25 Q1, 2024-25 Q2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_expected_indicator_without_a_row_is_an_expected_missing_warning()
    {
        var validated = Validate(Good + "marac_cases_rate_per_10k,E06000019,2024-25 Q1,3,,,,\n");

        var missing = validated.Problems.Where(p => p.Code == "expected_missing").ToList();
        Assert.All(missing, p => Assert.Equal((ProblemSeverity.Warning, null, "indicator_id"), (p.Severity, p.Row, p.Column)));
        Assert.Equal(3, missing.Count);
        Assert.Contains(missing, p => p.Message.Contains("no row for exploitation_risk_rate_per_10k", StringComparison.Ordinal));
        Assert.Equal(3, validated.WarningCount);
        Assert.True(validated.IsValid);
        Assert.Equal(5, validated.ExpectedIndicatorIds.Count);
        Assert.Equal(["marac_cases_rate_per_10k", "repeat_da_pct"], validated.ReceivedIndicatorIds.Order());
    }

    [Fact]
    public void A_valid_file_gives_lines_on_ons_codes_with_the_agencys_source()
    {
        var validated = Validate(
            "repeat_da_pct,884,2024-25 Q1,33.3,1,3,,\n" +
            "marac_cases_rate_per_10k,E06000019,2024-25 Q1,,,,Suppressed,fewer than 5 cases\n" +
            "da_incidents_children_rate_per_10k,E06000019,2024-25 Q1,,,,missing,system migration\n" +
            "exploitation_risk_rate_per_10k,E06000019,2024-25 Q1,4.2,,,provisional,awaiting audit\n" +
            "da_notifications_timely_pct,E06000019,2024-25 Q1,88,,,final,checked\n");

        Assert.True(validated.IsValid);
        Assert.Empty(validated.Problems);
        var lines = validated.Lines.ToDictionary(l => l.Observation.IndicatorId);
        Assert.Equal([2, 3, 4, 5, 6], validated.Lines.Select(l => l.Row));
        Assert.All(validated.Lines, l => Assert.Equal(("E06000019", "2024-25 Q1", "Police return"), (l.Observation.AreaCode, l.Observation.PeriodKey, l.Observation.Source)));

        var repeat = lines["repeat_da_pct"].Observation;
        Assert.Equal((33.3, 1.0, 3.0, ObservationStatus.Final, (string?)null), (repeat.Value, repeat.Numerator, repeat.Denominator, repeat.Status, repeat.StatusReason));
        var marac = lines["marac_cases_rate_per_10k"].Observation;
        Assert.Equal((null, ObservationStatus.Suppressed, "fewer than 5 cases"), (marac.Value, marac.Status, marac.StatusReason));
        var incidents = lines["da_incidents_children_rate_per_10k"].Observation;
        Assert.Equal((ObservationStatus.Missing, "system migration"), (incidents.Status, incidents.StatusReason));
        Assert.Equal((ObservationStatus.Provisional, "awaiting audit"), (lines["exploitation_risk_rate_per_10k"].Observation.Status, lines["exploitation_risk_rate_per_10k"].Observation.StatusReason));
        Assert.Null(lines["da_notifications_timely_pct"].Observation.StatusReason);
    }

    [Fact]
    public void A_unitary_that_changed_code_is_stored_under_its_current_code()
    {
        var validated = Validate("cpp_rate_per_10k,815,2024-25 Q1,40,,,,\n", "childrens_social_care");

        Assert.Equal("E06000065", Assert.Single(validated.Lines).Observation.AreaCode);
    }

    [Fact]
    public void Read_errors_reject_the_file_without_checking_rows()
    {
        var read = ReturnFiles.ReadCsv("indicator_id;area_code;period;value\n");

        var validated = new QuarterlyReturnValidator(Reference).Validate(read, "q1.csv", Reference.FindAgency("police"), Period.Parse("2024-25 Q1"), null, ReturnFiles.Limits);

        Assert.Equal("wrong_delimiter", SingleError(validated).Code);
        Assert.False(validated.IsValid);
    }
}
