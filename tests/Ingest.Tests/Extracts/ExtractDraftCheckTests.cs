using Safeguarding.Analytics.Ingest.Extracts;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Extracts;

namespace Safeguarding.Analytics.Ingest.Tests.Extracts;

public sealed class ExtractDraftCheckTests
{
    private static ExtractDraft Good() => new()
    {
        Title = " CP plans deep dive ",
        Theme = "Neglect",
        IndicatorIds = [TestCatalogue.CppRate.Id],
        AreaRoles = ["england", "home"],
        Periods = new ExtractPeriodsDraft { LastQuarters = 8 },
        Format = "CSV",
        Schedule = new ExtractScheduleDraft { Kind = "board-meeting", WorkingDaysBefore = 5, BoardMonth = 3 },
    };

    private static (ExtractDefinition? Definition, IReadOnlyList<string> Problems) Check(ExtractDraft draft) =>
        ExtractDraftCheck.Check("cp-plans", draft, [TestCatalogue.CppRate], [TestCatalogue.Neglect, TestCatalogue.DomesticAbuse]);

    [Fact]
    public void A_good_draft_becomes_a_definition_in_the_boards_order()
    {
        var (definition, problems) = Check(Good());

        Assert.Empty(problems);
        Assert.NotNull(definition);
        Assert.Equal("CP plans deep dive", definition.Title);
        Assert.Equal([ExtractAreaRoles.Home, ExtractAreaRoles.England], definition.AreaRoles);
        Assert.Equal("csv", definition.Format);
        Assert.Equal(ExtractSchedule.BeforeBoardMeeting(5, 3), definition.Schedule);
        Assert.Equal(ExtractPeriodRange.Recent(8), definition.Periods);
    }

    [Fact]
    public void Each_problem_names_its_field()
    {
        var draft = Good();
        draft.Title = "";
        draft.IndicatorIds = ["no_such_indicator"];
        draft.AreaRoles = ["home", "county"];
        draft.Periods = new ExtractPeriodsDraft { From = "2025-26 Q1", To = "2024-25 Q1" };
        draft.Format = "pdf";
        draft.Schedule = new ExtractScheduleDraft { Kind = "cron", Cron = "whenever" };

        var (definition, problems) = Check(draft);

        Assert.Null(definition);
        Assert.Contains(problems, p => p.StartsWith("title", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("indicatorIds: no_such_indicator is not in the catalogue", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("areaRoles", StringComparison.Ordinal) && p.Contains("'county'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("periods.from (2025-26 Q1) must not come after periods.to (2024-25 Q1)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("format must be one of csv, xlsx, not 'pdf'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("schedule.cron 'whenever'", StringComparison.Ordinal));
    }

    [Fact]
    public void Indicators_and_a_priority_together_or_neither_are_refused()
    {
        var both = Good();
        both.PriorityIds = ["neglect"];
        var neither = Good();
        neither.IndicatorIds = [];

        Assert.Contains(Check(both).Problems, p => p.Contains("either indicatorIds", StringComparison.Ordinal));
        Assert.Contains(Check(neither).Problems, p => p.Contains("either indicatorIds", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_priority_or_schedule_kind_is_refused_with_the_known_ones()
    {
        var draft = Good();
        draft.IndicatorIds = null;
        draft.PriorityIds = ["mental_health"];
        draft.Schedule = new ExtractScheduleDraft { Kind = "weekly" };

        var problems = Check(draft).Problems;

        Assert.Contains(problems, p => p.Contains("priorityIds: mental_health is not a board priority; the priorities are neglect, domestic_abuse", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("schedule.kind must be one of manual, cron, board-meeting, not 'weekly'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fixed_range_with_bad_keys_and_a_board_month_out_of_range_are_refused()
    {
        var draft = Good();
        draft.Periods = new ExtractPeriodsDraft { From = "Q1 2024", To = "2024-25 Q4" };
        draft.Schedule = new ExtractScheduleDraft { Kind = "board-meeting", WorkingDaysBefore = 5, BoardMonth = 13 };

        var problems = Check(draft).Problems;

        Assert.Contains(problems, p => p.StartsWith("periods.from 'Q1 2024' is not a period key", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("schedule.boardMonth", StringComparison.Ordinal));
    }

    [Fact]
    public void The_last_n_quarters_end_with_the_last_complete_quarter_before_the_run()
    {
        var (from, to) = ExtractScope.PeriodsOf(ExtractPeriodRange.Recent(12), new DateOnly(2026, 1, 15));

        Assert.Equal("2025-26 Q3", to.Key);
        Assert.Equal("2022-23 Q4", from.Key);
    }
}
