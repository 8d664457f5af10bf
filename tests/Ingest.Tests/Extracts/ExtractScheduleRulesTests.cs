using Safeguarding.Analytics.Ingest.Extracts.Scheduling;
using Safeguarding.Analytics.Warehouse.Extracts;

namespace Safeguarding.Analytics.Ingest.Tests.Extracts;

public sealed class ExtractScheduleRulesTests
{
    private static readonly ExtractScheduleRules Rules = new(new BoardMeetingCalendar([new DateOnly(2026, 3, 19)]));

    private static DateTime Utc(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_month_without_a_configured_date_meets_on_its_last_thursday()
    {
        var calendar = new BoardMeetingCalendar([new DateOnly(2026, 3, 19)]);

        Assert.Equal(new DateOnly(2026, 3, 19), calendar.MeetingIn(2026, 3));
        Assert.Equal(new DateOnly(2026, 1, 29), calendar.MeetingIn(2026, 1));
        Assert.Equal(new DateOnly(2027, 3, 25), calendar.MeetingIn(2027, 3));
    }

    [Fact]
    public void Ten_working_days_before_the_january_meeting_is_the_next_run()
    {
        // Thursday 29 January 2026; ten working days back is Thursday 15 January.
        var next = Rules.NextRun(ExtractSchedule.BeforeBoardMeeting(10, 1), Utc(2025, 12, 1));

        Assert.Equal(Utc(2026, 1, 15, 7), next);
        Assert.Equal("0 7 15 1 *", Rules.HangfireCron(ExtractSchedule.BeforeBoardMeeting(10, 1), Utc(2025, 12, 1)));
    }

    [Fact]
    public void Once_this_years_run_has_passed_the_next_is_next_years()
    {
        // The configured March 2026 meeting (19th) less 5 working days is Thursday 12 March; March 2027 meets on the 25th.
        Assert.Equal(Utc(2026, 3, 12, 7), Rules.NextRun(ExtractSchedule.BeforeBoardMeeting(5, 3), Utc(2026, 3, 1)));
        Assert.Equal(Utc(2027, 3, 18, 7), Rules.NextRun(ExtractSchedule.BeforeBoardMeeting(5, 3), Utc(2026, 3, 12, 7)));
    }

    [Fact]
    public void Working_days_skip_easter()
    {
        // April 2026 meets on Thursday 30th; 20 working days back passes Easter Monday (6th) and Good Friday (3rd).
        Assert.Equal(Utc(2026, 3, 31, 7), Rules.NextRun(ExtractSchedule.BeforeBoardMeeting(20, 4), Utc(2026, 1, 1)));
    }

    [Fact]
    public void A_cron_schedule_runs_at_its_next_occurrence_and_a_manual_or_switched_off_one_never()
    {
        Assert.Equal(Utc(2026, 2, 1, 7), Rules.NextRun(ExtractSchedule.OnCron("0 7 1 * *"), Utc(2026, 1, 1, 8)));
        Assert.Equal("0 7 1 * *", Rules.HangfireCron(ExtractSchedule.OnCron("0 7 1 * *"), Utc(2026, 1, 1)));
        Assert.Null(Rules.NextRun(ExtractSchedule.Manual(), Utc(2026, 1, 1)));
        Assert.Null(Rules.NextRun(ExtractSchedule.OnCron("0 7 1 * *") with { Enabled = false }, Utc(2026, 1, 1)));
        Assert.Null(Rules.HangfireCron(ExtractSchedule.BeforeBoardMeeting(5, 3) with { Enabled = false }, Utc(2026, 1, 1)));
    }

    [Theory]
    [InlineData("0 7 1 * *", true)]
    [InlineData("*/15 * * * *", true)]
    [InlineData("0 7 32 * *", false)]
    [InlineData("every monday", false)]
    [InlineData("", false)]
    public void Cron_is_checked_as_hangfire_reads_it(string cron, bool valid)
    {
        var problem = ExtractScheduleRules.CronProblem(cron);

        Assert.Equal(valid, problem is null);
        if (!valid)
        {
            Assert.Contains("schedule.cron", problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_schedule_is_described_in_words()
    {
        Assert.Equal("10 working days before the January board meeting", ExtractScheduleRules.Describe(ExtractSchedule.BeforeBoardMeeting(10, 1)));
        Assert.Equal("On the cron '0 7 1 * *' (UTC) (switched off)", ExtractScheduleRules.Describe(ExtractSchedule.OnCron("0 7 1 * *") with { Enabled = false }));
        Assert.Equal("On request only", ExtractScheduleRules.Describe(ExtractSchedule.Manual()));
    }
}
