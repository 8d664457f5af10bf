using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Domain.Tests.Exceptions;

public class QaMeetingCalendarTests
{
    private static readonly QaMeetingCalendar SecondTuesdays = new([]);

    [Theory]
    [InlineData("2025-07-07", "2025-07-08")] // July 2025 starts on a Tuesday: its second is the 8th
    [InlineData("2025-07-08", "2025-08-12")] // on the day of a meeting the next one is next month's
    [InlineData("2025-12-20", "2026-01-13")] // over the turn of the year
    [InlineData("2026-02-01", "2026-02-10")]
    public void Without_configured_dates_the_sub_group_meets_on_the_second_Tuesday_of_each_month(string today, string next) =>
        Assert.Equal(DateOnly.Parse(next), SecondTuesdays.NextMeetingAfter(DateOnly.Parse(today)));

    [Fact]
    public void Configured_dates_come_first_in_order_and_the_monthly_rule_follows_the_last_of_them()
    {
        var calendar = new QaMeetingCalendar([new DateOnly(2025, 9, 3), new DateOnly(2025, 7, 20), new DateOnly(2025, 7, 20)]);

        Assert.Equal(new DateOnly(2025, 7, 20), calendar.NextMeetingAfter(new DateOnly(2025, 7, 7)));
        Assert.Equal(new DateOnly(2025, 9, 3), calendar.NextMeetingAfter(new DateOnly(2025, 7, 20)));
        Assert.Equal(new DateOnly(2025, 9, 9), calendar.NextMeetingAfter(new DateOnly(2025, 9, 3)));
    }

    [Fact]
    public void The_offered_due_date_is_five_working_days_before_the_meeting_or_today_when_that_has_passed()
    {
        Assert.Equal(new DateOnly(2025, 8, 5), SecondTuesdays.DefaultDueDate(new DateOnly(2025, 7, 9)));
        Assert.Equal(new DateOnly(2025, 7, 7), SecondTuesdays.DefaultDueDate(new DateOnly(2025, 7, 7)));
        Assert.True(SecondTuesdays.DefaultDueDate(new DateOnly(2025, 7, 7)) < SecondTuesdays.NextMeetingAfter(new DateOnly(2025, 7, 7)));
    }
}
