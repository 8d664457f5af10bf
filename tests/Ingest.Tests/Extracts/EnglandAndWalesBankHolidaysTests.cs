using Safeguarding.Analytics.Ingest.Extracts.Scheduling;

namespace Safeguarding.Analytics.Ingest.Tests.Extracts;

// Checked against the dates GOV.UK publishes for England and Wales.
public sealed class EnglandAndWalesBankHolidaysTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Bank_holidays_of_2025_match_gov_uk()
    {
        Assert.Equal(
            [D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26), D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26)],
            EnglandAndWalesBankHolidays.For(2025));
    }

    [Fact]
    public void Bank_holidays_of_2026_give_boxing_day_a_substitute_monday()
    {
        Assert.Equal(
            [D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4), D(2026, 5, 25), D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28)],
            EnglandAndWalesBankHolidays.For(2026));
    }

    [Fact]
    public void Bank_holidays_of_2027_move_christmas_and_boxing_day_off_the_weekend()
    {
        Assert.Equal(
            [D(2027, 1, 1), D(2027, 3, 26), D(2027, 3, 29), D(2027, 5, 3), D(2027, 5, 31), D(2027, 8, 30), D(2027, 12, 27), D(2027, 12, 28)],
            EnglandAndWalesBankHolidays.For(2027));
    }

    [Fact]
    public void A_new_years_day_on_a_saturday_is_taken_on_the_monday()
    {
        Assert.Equal(D(2022, 1, 3), EnglandAndWalesBankHolidays.For(2022)[0]);
    }

    [Fact]
    public void The_2020_early_may_holiday_moved_to_ve_day()
    {
        var holidays = EnglandAndWalesBankHolidays.For(2020);

        Assert.Contains(D(2020, 5, 8), holidays);
        Assert.DoesNotContain(D(2020, 5, 4), holidays);
    }

    [Fact]
    public void The_2022_jubilee_and_funeral_are_listed_and_the_spring_holiday_moved()
    {
        var holidays = EnglandAndWalesBankHolidays.For(2022);

        Assert.Equal(10, holidays.Count);
        Assert.Contains(D(2022, 6, 2), holidays);
        Assert.Contains(D(2022, 6, 3), holidays);
        Assert.Contains(D(2022, 9, 19), holidays);
        Assert.DoesNotContain(D(2022, 5, 30), holidays);
        Assert.Equal(D(2022, 12, 27), holidays[^1]);
    }

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2038, 4, 25)]
    public void Easter_sunday_is_computed(int year, int month, int day)
    {
        Assert.Equal(D(year, month, day), EnglandAndWalesBankHolidays.EasterSunday(year));
    }

    [Fact]
    public void Working_days_before_skip_weekends_and_bank_holidays()
    {
        // Tuesday 7 April 2026: Easter Monday 6th and Good Friday 3rd are not working days.
        Assert.Equal(D(2026, 4, 2), EnglandAndWalesBankHolidays.WorkingDaysBefore(D(2026, 4, 7), 1));
        Assert.Equal(D(2026, 3, 31), EnglandAndWalesBankHolidays.WorkingDaysBefore(D(2026, 4, 7), 3));
        Assert.Equal(D(2026, 4, 7), EnglandAndWalesBankHolidays.WorkingDaysBefore(D(2026, 4, 7), 0));
        Assert.False(EnglandAndWalesBankHolidays.IsWorkingDay(D(2026, 4, 6)));
        Assert.True(EnglandAndWalesBankHolidays.IsWorkingDay(D(2026, 4, 7)));
    }
}
