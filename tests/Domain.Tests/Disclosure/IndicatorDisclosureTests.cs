using System.Diagnostics;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Tests.Support;
using Xunit.Abstractions;

namespace Safeguarding.Analytics.Domain.Tests.Disclosure;

/// <summary>
/// An indicator's whole frame under disclosure control, as an attacker would test it: a withheld count comes back
/// neither from its region or England less the others, nor from its year less the other quarters, nor from all the
/// sums together (checked by the attacker's own integer programmes).
/// </summary>
public class IndicatorDisclosureTests(ITestOutputHelper output)
{
    private static readonly DisclosureRule Rule = DisclosureRule.Standard;

    private static Observation At(IEnumerable<Observation> frame, string area, string period) =>
        frame.Single(o => o.AreaCode == area && o.PeriodKey == period);

    [Fact]
    public void A_withheld_authority_comes_back_neither_from_its_region_less_the_others_nor_from_England_less_the_regions()
    {
        var areas = Frames.Areas(4, 3);
        var small = Frames.Authority(1, 2);
        var frame = Frames.Counts(areas, 2024, (area, q) => area == small && q == 2 ? 3 : 20 + (area.GetHashCode(StringComparison.Ordinal) & 7) + q);

        var withheld = IndicatorDisclosure.Decide(Frames.Count, frame, areas, Rule);

        Assert.Equal(Rule.RateReason, withheld.ReasonFor(At(frame, small, "2024-25 Q2")));
        var othersInRegion = areas.LocalAuthorities.Where(a => a.RegionCode == Frames.Region(1) && a.Code != small);
        Assert.Contains(othersInRegion, a => withheld.IsWithheld(At(frame, a.Code, "2024-25 Q2")));
        Assert.Contains(withheld.Reasons.Values, r => r == DisclosureRule.SecondaryReason);
        Frames.AssertNoSmallCountRecoverable(frame, areas, withheld, TimeRelation.Flow);
    }

    [Fact]
    public void A_withheld_authority_of_a_sub_region_does_not_come_back_from_the_sub_region_less_its_other_authorities()
    {
        // Inner London is published beside London: cover found among Outer London's boroughs would leave the
        // withheld borough as Inner London less the other inner boroughs. The outer boroughs are the smallest
        // counts, the cover the cheapest to give, so only the sub-region's own sum sends the cover inside it.
        var areas = Frames.AreasWithSubRegions(3, 3);
        var small = "E01001001";
        var frame = Frames.Counts(areas, 2024, (area, q) => (area, q) switch
        {
            _ when area == small && q == 2 => 3,
            _ when area.StartsWith("E01002", StringComparison.Ordinal) => 7 + q,
            _ => 60 + (5 * q) + (area.EndsWith('2') ? 9 : 0),
        });

        var withheld = IndicatorDisclosure.Decide(Frames.Count, frame, areas, Rule);

        Assert.True(withheld.IsWithheld(At(frame, small, "2024-25 Q2")));
        var sameSubRegion = new[] { "E01001002", "E01001003", Frames.SubRegion(1) };
        Assert.Contains(sameSubRegion, a => withheld.IsWithheld(At(frame, a, "2024-25 Q2")));
        Frames.AssertNoSmallCountRecoverable(frame, areas, withheld, TimeRelation.Flow);
    }

    [Fact]
    public void A_withheld_region_does_not_come_back_from_England_less_the_other_regions()
    {
        var areas = Frames.Areas(2, 3, 3);
        var frame = Frames.Counts(areas, 2024, (area, q) => area.StartsWith("E01", StringComparison.Ordinal) && q == 1 ? (area.EndsWith('1') ? 2 : 1) : 30 + q);

        var withheld = IndicatorDisclosure.Decide(Frames.Count, frame, areas, Rule);

        Assert.True(withheld.IsWithheld(At(frame, Frames.Region(1), "2024-25 Q1")));
        Assert.Contains(new[] { Frames.Region(2), Frames.Region(3), Frames.England }, a => withheld.IsWithheld(At(frame, a, "2024-25 Q1")));
        Frames.AssertNoSmallCountRecoverable(frame, areas, withheld, TimeRelation.Flow);
    }

    [Fact]
    public void A_withheld_quarter_does_not_come_back_from_its_year_less_the_other_quarters()
    {
        var areas = Frames.Areas(3);
        var small = Frames.Authority(1, 1);
        var frame = Frames.Counts(areas, 2023, (area, q) => area == small && q == 3 ? 4 : 40 + (3 * q));

        var withheld = IndicatorDisclosure.Decide(Frames.Count, frame, areas, Rule);

        Assert.Equal(TimeRelation.Flow, RelationOf(frame, areas));
        var periodsOfSmall = new[] { "2023-24 Q1", "2023-24 Q2", "2023-24 Q4", "2023-24" };
        Assert.Contains(periodsOfSmall, p => withheld.IsWithheld(At(frame, small, p)));
        Frames.AssertNoSmallCountRecoverable(frame, areas, withheld, TimeRelation.Flow);
    }

    [Fact]
    public void A_fourth_quarter_withheld_in_a_stock_takes_its_year_with_it_and_an_earlier_quarter_does_not()
    {
        var areas = Frames.Areas(3);
        var (small, early) = (Frames.Authority(1, 1), Frames.Authority(1, 2));
        var frame = Frames.Counts(areas, 2023, (area, q) => (area, q) switch
        {
            _ when area == small && q == 4 => 2,
            _ when area == early && q == 1 => 3,
            _ => 50 + (7 * q) + (area.EndsWith('2') ? 5 : 0),
        }, stock: true);

        var withheld = IndicatorDisclosure.Decide(Frames.Count, frame, areas, Rule);

        Assert.Equal(TimeRelation.Stock, RelationOf(frame, areas));
        // The partner withheld beside the small fourth quarter (in the region's sum) takes its own year with it.
        var partner = areas.LocalAuthorities.Single(a => a.Code != small && withheld.IsWithheld(At(frame, a.Code, "2023-24 Q4")));
        Assert.True(withheld.IsWithheld(At(frame, partner.Code, "2023-24")));
        Assert.False(withheld.IsWithheld(At(frame, early, "2023-24")));
        Frames.AssertNoSmallCountRecoverable(frame, areas, withheld, TimeRelation.Stock);
    }

    [Fact]
    public void A_count_implied_by_a_rate_and_its_denominator_is_withheld_with_its_partner()
    {
        var areas = Frames.Areas(3);
        var rate = TestCatalogue.CppRate with { ValueType = IndicatorValueType.Rate, Multiplier = 10_000 };
        Observation Rate(string area, double value, double children) => new()
        {
            IndicatorId = rate.Id, AreaCode = area, PeriodKey = "2024-25", Value = value, Denominator = children, Source = "test",
        };
        var frame = new List<Observation>
        {
            Rate(Frames.Authority(1, 1), 1.4, 21_000), // 3 children
            Rate(Frames.Authority(1, 2), 40.0, 30_000), // 120
            Rate(Frames.Authority(1, 3), 25.0, 40_000), // 100
            Rate(Frames.Region(1), 24.4, 91_000), // 222: the rate is rounded
            Rate(Frames.England, 24.4, 91_000),
        };

        var withheld = IndicatorDisclosure.Decide(rate, frame, areas, Rule);

        Assert.Equal(Rule.RateReason, withheld.ReasonFor(frame[0]));
        Assert.Equal(DisclosureRule.SecondaryReason, withheld.ReasonFor(frame[2]));
        Assert.False(withheld.IsWithheld(frame[1]));
    }

    [Fact]
    public void The_decision_is_the_same_every_time_and_never_withholds_a_zero_for_being_small()
    {
        var areas = Frames.Areas(4, 4, 3);
        var random = new Random(181);
        var counts = new Dictionary<(string, int), long>();
        long Count(string area, int q) => counts.TryGetValue((area, q), out var c) ? c : counts[(area, q)] = random.Next(5) == 0 ? random.Next(0, 6) : random.Next(6, 60);
        var frame = Frames.Counts(areas, 2024, Count);

        var first = IndicatorDisclosure.Decide(Frames.Count, frame, areas, Rule);
        var again = IndicatorDisclosure.Decide(Frames.Count, [.. Enumerable.Reverse(frame)], areas, Rule);

        Assert.Equal(first.Reasons.OrderBy(r => r.Key).ToList(), again.Reasons.OrderBy(r => r.Key).ToList());
        Assert.DoesNotContain(frame, o => o.Value == 0 && first.ReasonFor(o) == Rule.RateReason);
        Frames.AssertNoSmallCountRecoverable(frame, areas, first, TimeRelation.Flow);
    }

    [Fact]
    public void Random_frames_leave_no_withheld_small_count_pinned_across_the_hierarchy_and_time()
    {
        var random = new Random(20261207);
        for (var trial = 0; trial < 25; trial++)
        {
            var areas = Frames.Areas([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(1, 5))]);
            var counts = new Dictionary<(string, int), long>();
            long Count(string area, int q) => counts.TryGetValue((area, q), out var c) ? c : counts[(area, q)] = random.Next(3) == 0 ? random.Next(0, 6) : random.Next(0, 30);
            var stock = random.Next(2) == 0;
            var frame = Frames.Counts(areas, 2024, Count, stock);
            // A few figures the service does not hold (a missing return): unknowns for the attacker as for the service.
            frame.RemoveAll(o => random.Next(15) == 0);

            var withheld = IndicatorDisclosure.Decide(Frames.Count, frame, areas, Rule);

            Assert.DoesNotContain(frame, o => o.Value is >= 1 and <= 5 && !withheld.IsWithheld(o));
            Frames.AssertNoSmallCountRecoverable(frame, areas, withheld, stock ? TimeRelation.Stock : TimeRelation.Flow);
        }
    }

    [Fact]
    public void A_national_frame_of_thirteen_years_is_decided_quickly()
    {
        var regions = new[] { 12, 19, 15, 9, 14, 11, 33, 23, 17 }; // 153 authorities
        var areas = Frames.Areas(regions);
        var random = new Random(7);
        var frame = new List<Observation>();
        for (var year = 2012; year < 2025; year++)
        {
            var key = Periods.Period.FinancialYear(year).Key;
            var byAuthority = areas.LocalAuthorities.ToDictionary(a => a.Code, _ => (long)(random.Next(40) == 0 ? random.Next(1, 6) : random.Next(20, 900)));
            frame.AddRange(byAuthority.Select(a => Frames.Figure(a.Key, key, a.Value)));
            var byRegion = areas.Regions.ToDictionary(r => r.Code, r => areas.LocalAuthorities.Where(a => a.RegionCode == r.Code).Sum(a => byAuthority[a.Code]));
            frame.AddRange(byRegion.Select(r => Frames.Figure(r.Key, key, r.Value)));
            frame.Add(Frames.Figure(Frames.England, key, byRegion.Values.Sum()));
        }

        IndicatorDisclosure.Decide(Frames.Count, frame, areas, Rule); // the solver's first load
        var clock = Stopwatch.StartNew();
        var withheld = IndicatorDisclosure.Decide(Frames.Count, frame, areas, Rule);
        clock.Stop();

        output.WriteLine($"{frame.Count} figures, {withheld.Reasons.Count} withheld, decided in {clock.ElapsedMilliseconds} ms");
        Assert.True(clock.ElapsedMilliseconds < 2_000, $"Deciding took {clock.ElapsedMilliseconds} ms.");
        Frames.AssertNoSmallCountRecoverable(frame, areas, withheld, TimeRelation.None);
    }

    [Fact]
    public void A_national_frame_of_ten_years_by_quarter_is_decided_quickly()
    {
        var areas = Frames.Areas(12, 19, 15, 9, 14, 11, 33, 23, 17);
        var random = new Random(11);
        var frame = new List<Observation>();
        for (var year = 2015; year < 2025; year++)
        {
            frame.AddRange(Frames.Counts(areas, year, (_, _) => random.Next(30) == 0 ? random.Next(1, 6) : random.Next(10, 250)));
        }

        IndicatorDisclosure.Decide(Frames.Count, frame, areas, Rule);
        var clock = Stopwatch.StartNew();
        var withheld = IndicatorDisclosure.Decide(Frames.Count, frame, areas, Rule);
        clock.Stop();

        output.WriteLine($"{frame.Count} figures, {withheld.Reasons.Count} withheld, decided in {clock.ElapsedMilliseconds} ms");
        Assert.True(clock.ElapsedMilliseconds < 15_000, $"Deciding took {clock.ElapsedMilliseconds} ms.");
        Frames.AssertNoSmallCountRecoverable(frame, areas, withheld, TimeRelation.Flow);
    }

    private static TimeRelation RelationOf(List<Observation> frame, Areas.AreaDirectory areas)
    {
        var counts = frame.ToDictionary(o => (areas.Resolve(o.AreaCode).Code, Periods.Period.Parse(o.PeriodKey)), o => (long?)(long)o.Value!.Value);
        var years = counts.Keys.Where(k => k.Item2.Kind == Periods.PeriodKind.FinancialYear).Select(k => (k.Item1, k.Item2));
        return FrameSums.RelationOf(years, k => counts.GetValueOrDefault(k));
    }
}

/// <summary>An authority belongs to its region's sum only in the periods it existed, so a reorganisation leaves no gap.</summary>
public class ReorganisedAuthorityTests
{
    [Fact]
    public void An_abolished_authority_withheld_before_its_abolition_does_not_come_back_from_its_region_less_the_others()
    {
        var region = Frames.Region(1);
        var areas = new Areas.AreaDirectory(
            [
                new() { Code = Frames.England, Name = "England", Kind = Areas.AreaKind.Country },
                new() { Code = region, Name = "Region", Kind = Areas.AreaKind.Region },
                new() { Code = "E10000021", Name = "Old county", Kind = Areas.AreaKind.LocalAuthority, RegionCode = region, LastYear = 2020, SuccessorCodes = ["E06000061"] },
                new() { Code = "E06000061", Name = "New unitary", Kind = Areas.AreaKind.LocalAuthority, RegionCode = region },
                new() { Code = "E06000001", Name = "B", Kind = Areas.AreaKind.LocalAuthority, RegionCode = region },
                new() { Code = "E06000002", Name = "C", Kind = Areas.AreaKind.LocalAuthority, RegionCode = region },
            ],
            []);
        List<Observation> frame =
        [
            Frames.Figure("E10000021", "2018-19", 3),
            Frames.Figure("E06000001", "2018-19", 40),
            Frames.Figure("E06000002", "2018-19", 55),
            Frames.Figure(region, "2018-19", 98),
            Frames.Figure("E06000061", "2022-23", 60),
            Frames.Figure("E06000001", "2022-23", 41),
            Frames.Figure("E06000002", "2022-23", 50),
            Frames.Figure(region, "2022-23", 151),
        ];

        var withheld = IndicatorDisclosure.Decide(Frames.Count, frame, areas, DisclosureRule.Standard);

        Assert.True(withheld.IsWithheld(frame[0]));
        Assert.Equal(DisclosureRule.SecondaryReason, withheld.ReasonFor(frame[1]));
        Assert.DoesNotContain(frame.Skip(4), withheld.IsWithheld);
    }
}
