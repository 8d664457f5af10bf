using Safeguarding.Analytics.Warehouse.Records;

namespace Safeguarding.Analytics.Warehouse.Tests.Records;

/// <summary>The edges of the two definitions, each checked against stated counts and against the reference.</summary>
public abstract partial class RecordStoreContract
{
    [Fact]
    public async Task Same_day_referrals_do_not_repeat_each_other_but_a_later_day_repeats_both()
    {
        DomesticAbuseIncident[] incidents =
        [
            Referral("i1", "v1", "2024-05-01"), Referral("i2", "v1", "2024-05-01", AreaB), Referral("i3", "v1", "2024-07-01"),
            NotReferred("i4", "v1", "2024-04-20"),
        ];
        await AppendIncidentsAsync(incidents);

        var counts = await Store.CountRepeatDomesticAbuseAsync();

        Assert.Equal([Repeat(AreaA, "2024-25 Q1", 0, 1), Repeat(AreaA, "2024-25 Q2", 1, 1), Repeat(AreaB, "2024-25 Q1", 0, 1)], counts);
        Assert.Equal(RecordIndicatorReference.RepeatDomesticAbuse(incidents), counts);
    }

    [Fact]
    public async Task A_referral_exactly_12_months_after_the_last_repeats_and_a_day_more_does_not()
    {
        DomesticAbuseIncident[] incidents =
        [
            Referral("a1", "v1", "2023-05-10"), Referral("a2", "v1", "2024-05-10"),
            Referral("b1", "v2", "2023-05-09"), Referral("b2", "v2", "2024-05-10"),
            NotReferred("c1", "v3", "2024-01-10"), Referral("c2", "v3", "2024-05-10"),
        ];
        await AppendIncidentsAsync(incidents);

        var counts = await Store.CountRepeatDomesticAbuseAsync();

        Assert.Equal([Repeat(AreaA, "2023-24 Q1", 0, 2), Repeat(AreaA, "2024-25 Q1", 1, 3)], counts);
        Assert.Equal(RecordIndicatorReference.RepeatDomesticAbuse(incidents), counts);
    }

    [Fact]
    public async Task Twelve_months_before_29_February_is_28_February()
    {
        DomesticAbuseIncident[] incidents =
        [
            Referral("a1", "v1", "2023-02-28"), Referral("a2", "v1", "2024-02-29"),
            Referral("b1", "v2", "2023-02-27"), Referral("b2", "v2", "2024-02-29"),
            Referral("c1", "v3", "2024-02-29"), Referral("c2", "v3", "2025-02-28"),
        ];
        await AppendIncidentsAsync(incidents);

        var counts = await Store.CountRepeatDomesticAbuseAsync();

        Assert.Equal([Repeat(AreaA, "2022-23 Q4", 0, 2), Repeat(AreaA, "2023-24 Q4", 1, 3), Repeat(AreaA, "2024-25 Q4", 1, 1)], counts);
        Assert.Equal(RecordIndicatorReference.RepeatDomesticAbuse(incidents), counts);
    }

    [Fact]
    public async Task A_person_whose_first_outcome_is_at_18_is_never_a_youth_entrant()
    {
        YouthJusticeOutcome[] outcomes =
        [
            Outcome("p1", 18, "2023-05-01"), Outcome("p1", 17, "2023-06-01"), // a later record giving a younger age changes nothing
            Outcome("p2", 17, "2023-05-01"), Outcome("p3", 10, "2023-05-01"), Outcome("p4", 9, "2023-05-01"),
            Outcome("p5", 12, "2024-03-31", AreaB, OutcomeType.CourtSentence),
        ];
        ChildPopulation[] population = [new(AreaA, 2023, 20_000)];
        await AppendOutcomesAsync(outcomes);
        await AppendPopulationAsync(population);

        var counts = await Store.CountFirstTimeEntrantsAsync();

        Assert.Equal([Fte(AreaA, "2023-24 Q4", 2, 20_000), Fte(AreaB, "2023-24 Q4", 1, null)], counts);
        Assert.Equal(RecordIndicatorReference.FirstTimeEntrants(outcomes, population), counts);
    }

    [Fact]
    public async Task A_community_resolution_brings_no_one_in_and_the_first_entering_outcome_counts_where_it_was()
    {
        YouthJusticeOutcome[] outcomes =
        [
            Outcome("p1", 12, "2023-04-05", AreaA, OutcomeType.CommunityResolution),
            Outcome("p1", 13, "2023-10-05", AreaB, OutcomeType.YouthConditionalCaution),
            Outcome("p2", 14, "2023-06-01", AreaB, OutcomeType.CommunityResolution),
            Outcome("p3", 15, "2024-01-05", AreaA), Outcome("p3", 16, "2024-02-05", AreaB, OutcomeType.CourtSentence),
            Outcome("p3", 15, "2024-01-05", AreaA), // sent twice: a repeated outcome changes no count
            Outcome("p4", 16, "2024-06-01", AreaA),
        ];
        ChildPopulation[] population = [new(AreaA, 2023, 20_000), new(AreaB, 2023, 10_000), new(AreaB, 2024, 11_000)];
        await AppendOutcomesAsync(outcomes);
        await AppendPopulationAsync(population);

        var counts = await Store.CountFirstTimeEntrantsAsync();

        Assert.Equal(
            [
                Fte(AreaA, "2023-24 Q4", 1, 20_000), Fte(AreaA, "2024-25 Q1", 2, 20_000),
                Fte(AreaB, "2023-24 Q4", 1, 10_000), Fte(AreaB, "2024-25 Q1", 1, 11_000),
            ],
            counts);
        Assert.Equal(RecordIndicatorReference.FirstTimeEntrants(outcomes, population), counts);
    }

    [Fact]
    public async Task A_first_outcome_on_one_day_in_two_areas_counts_in_the_first_area_by_code()
    {
        YouthJusticeOutcome[] outcomes =
        [
            Outcome("p1", 15, "2023-05-01", AreaB), Outcome("p1", 15, "2023-05-01", AreaA),
            Outcome("p2", 18, "2023-05-01", AreaA), Outcome("p2", 17, "2023-05-01", AreaA), // same day and area: the younger age
            Outcome("p9", 30, "2024-04-01", AreaB, OutcomeType.CommunityResolution),
        ];
        ChildPopulation[] population = [new(AreaA, 2024, 1_000), new("E09000001", 2022, 500)];
        await AppendOutcomesAsync(outcomes);
        await AppendPopulationAsync(population);

        var counts = await Store.CountFirstTimeEntrantsAsync();

        Assert.Equal(
            [
                Fte(AreaA, "2023-24 Q4", 2, null), Fte(AreaA, "2024-25 Q1", 0, 1_000),
                Fte("E09000001", "2023-24 Q4", 0, 500), Fte("E09000001", "2024-25 Q1", 0, 500),
            ],
            counts);
        Assert.Equal(RecordIndicatorReference.FirstTimeEntrants(outcomes, population), counts);
    }

    [Fact]
    public async Task Outcomes_spanning_less_than_a_year_give_no_first_time_entrant_figure()
    {
        await AppendOutcomesAsync(Outcome("p1", 14, "2023-04-01"), Outcome("p2", 14, "2024-03-31"));
        await AppendPopulationAsync(new ChildPopulation(AreaA, 2023, 1_000));
        var fullYear = await Store.CountFirstTimeEntrantsAsync();

        Assert.Equal([Fte(AreaA, "2023-24 Q4", 2, 1_000)], fullYear);
        Assert.Empty(await Store.CountRepeatDomesticAbuseAsync());
    }
}
