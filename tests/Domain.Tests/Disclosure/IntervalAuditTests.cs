using Safeguarding.Analytics.Domain.Disclosure;

namespace Safeguarding.Analytics.Domain.Tests.Disclosure;

/// <summary>
/// The interval audit catches a hidden small count that no single sum gives back, and that exact elimination would
/// pass (it is not determined), but that the sums together, with counts never negative, hold inside 1 to 5.
/// </summary>
public class IntervalAuditTests
{
    private static readonly DisclosureRule Rule = DisclosureRule.Standard;

    [Fact]
    public void A_count_held_inside_one_to_five_by_several_sums_together_gets_a_further_partner()
    {
        // Hidden: x = 3 (small), y = 40, w = 0, v = 2 (small). Published: 43 = x + y, 40 = y + w, y = v + 38.
        // Each sum has two unknowns; x = 3 + w is not determined; yet y ≤ 40 and y ≥ 38 hold x between 3 and 5.
        var sums = new CountSums();
        var (x, y, w, v) = (sums.AddCell(3, 0), sums.AddCell(40, 1), sums.AddCell(0, 2), sums.AddCell(2, 3));
        var (t43, t40, s38) = (sums.AddCell(43, 4), sums.AddCell(40, 5), sums.AddCell(38, 6));
        sums.AddSum([x, y], t43);
        sums.AddSum([y, w], t40);
        sums.AddSum([v, s38], y);
        var withheld = new[] { true, true, true, true, false, false, false };

        using (var before = AttackerOf(sums, withheld))
        {
            Assert.Equal((3, 5), before.Range("0"));
        }

        SecondarySuppression.Apply(sums, withheld, Rule);

        Assert.Contains(withheld.Skip(4), w => w);
        using var attacker = AttackerOf(sums, withheld);
        Assert.True(attacker.Safe("0"), $"x is still held to {attacker.Range("0")}.");
        Assert.True(attacker.Safe("3"), $"v is still held to {attacker.Range("3")}.");
    }

    [Fact]
    public void A_count_that_can_be_zero_or_six_passes_without_a_further_partner()
    {
        var sums = new CountSums();
        var (x, y, total) = (sums.AddCell(3, 0), sums.AddCell(9, 1), sums.AddCell(12, 2));
        sums.AddSum([x, y], total);
        var withheld = new[] { true, true, false };

        SecondarySuppression.Apply(sums, withheld, Rule);

        Assert.Equal([true, true, false], withheld);
    }

    private static Attacker AttackerOf(CountSums sums, bool[] withheld)
    {
        Figure At(int cell) => new($"{cell}", withheld[sums.Figure(cell)] ? null : sums.Count(cell));
        var attacker = new Attacker();
        foreach (var sum in sums.Sums)
        {
            attacker.Sum(sum.Parts.Select(At), At(sum.Total));
        }

        return attacker;
    }
}
