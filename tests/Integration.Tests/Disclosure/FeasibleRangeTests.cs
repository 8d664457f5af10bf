using Safeguarding.Analytics.Integration.Tests.Disclosure.Attacker;

namespace Safeguarding.Analytics.Integration.Tests.Disclosure;

/// <summary>The attacker's own solver, on tables small enough to check by hand.</summary>
public class FeasibleRangeTests
{
    private static readonly Cell Region = new("x", "E12000005", "2024-25");
    private static readonly Cell A = Region with { Area = "E06000019" };
    private static readonly Cell B = Region with { Area = "E06000051" };
    private static readonly Cell C = Region with { Area = "E06000020" };
    private static readonly CountSum RegionOfThree = new("region", Region, [A, B, C]);

    private static (double Low, double High) RangeOf(Cell cell, Dictionary<Cell, long> known, Dictionary<Cell, long>? ceilings = null, params CountSum[] sums) =>
        new FeasibleRange(known, ceilings ?? [], new Dictionary<Cell, (double, double)>()).Solve(sums).Ranges[cell];

    [Fact]
    public void A_region_less_its_other_authorities_gives_a_withheld_count_back()
    {
        Assert.Equal((4.0, 4.0), RangeOf(B, new() { [Region] = 30, [A] = 12, [C] = 14 }, null, RegionOfThree));
    }

    [Fact]
    public void Two_withheld_counts_in_one_sum_can_each_be_anything_from_none_to_their_sum()
    {
        Assert.Equal((0.0, 18.0), RangeOf(B, new() { [Region] = 30, [A] = 12 }, null, RegionOfThree));
    }

    [Fact]
    public void Counts_cannot_be_negative_nor_exceed_their_denominator_so_a_count_can_be_pinned_inside_one_to_five_without_being_exact()
    {
        // 5 = B + C with C of a denominator of 2: B is 3, 4 or 5 — never 0, never 6: a small count pinned.
        var (low, high) = RangeOf(B, new() { [Region] = 17, [A] = 12 }, new() { [C] = 2 }, RegionOfThree);

        Assert.Equal((3.0, 5.0), (low, high));
    }

    [Fact]
    public void Sums_sharing_withheld_counts_pin_one_together_that_each_leaves_open_alone()
    {
        // A + B = 4, A + C = 4, B + C = 4: each sum alone lets A be 0 to 4; together A is 2.
        var (regionAb, regionAc, regionBc) = (Region, Region with { Period = "2023-24" }, Region with { Period = "2022-23" });
        var sums = new[] { new CountSum("ab", regionAb, [A, B]), new CountSum("ac", regionAc, [A, C]), new CountSum("bc", regionBc, [B, C]) };
        var attacker = new FeasibleRange(new Dictionary<Cell, long> { [regionAb] = 4, [regionAc] = 4, [regionBc] = 4 }, new Dictionary<Cell, long>(), new Dictionary<Cell, (double, double)>());

        var (used, ranges) = attacker.Solve(sums);

        Assert.Equal((0.0, 4.0), ranges[A]);
        Assert.Equal((2.0, 2.0), attacker.Exact(used, ranges, A));
    }

    [Fact]
    public void A_sum_the_shown_figures_contradict_is_left_out()
    {
        var year = new Cell("x", "E06000019", "2023-24");
        var quarters = Enumerable.Range(1, 4).Select(q => year with { Period = $"2023-24 Q{q}" }).ToList();
        var known = new Dictionary<Cell, long> { [year] = 20, [quarters[0]] = 6, [quarters[2]] = 7, [quarters[3]] = 5 };
        var ofQuarters = new CountSum("year of its quarters", year, quarters);
        var contradicted = new CountSum("year as its last quarter", year, [quarters[3]]);

        var (used, ranges) = new FeasibleRange(known, new Dictionary<Cell, long>(), new Dictionary<Cell, (double, double)>()).Solve([ofQuarters, contradicted]);

        Assert.Equal([ofQuarters], used);
        Assert.Equal((2.0, 2.0), ranges[quarters[1]]);
    }
}
