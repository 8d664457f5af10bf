using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Domain.Observations;
using Xunit.Abstractions;

namespace Safeguarding.Analytics.Domain.Tests.Disclosure;

/// <summary>
/// The worked examples of docs/disclosure.md, as the service decides them: a region of four authorities over the four
/// quarters of a year. If the method changes, these fail, and the document must be worked again.
/// </summary>
public class WorkedExampleTests(ITestOutputHelper output)
{
    private static readonly string[] Quarters = ["2024-25 Q1", "2024-25 Q2", "2024-25 Q3", "2024-25 Q4"];

    /// <summary>The authorities' quarterly counts, A to D; the years and the region are their sums.</summary>
    private static (List<Observation> Frame, WithheldFigures Withheld) Decide(long[,] counts)
    {
        var areas = Frames.Areas(4);
        var frame = Frames.Counts(areas, 2024, (area, q) => counts[int.Parse(area[^1..], System.Globalization.CultureInfo.InvariantCulture) - 1, q - 1]);
        frame.RemoveAll(o => o.AreaCode == Frames.England);
        return (frame, IndicatorDisclosure.Decide(Frames.Count, frame, areas, DisclosureRule.Standard));
    }

    private List<string> Withheld(List<Observation> frame, WithheldFigures withheld)
    {
        var names = frame.Where(withheld.IsWithheld)
            .Select(o => $"{(o.AreaCode == Frames.Region(1) ? "Region" : ((char)('A' + o.AreaCode[^1] - '1')).ToString())} {(o.PeriodKey.Length > 7 ? o.PeriodKey[^2..] : "Year")} ({o.Value}{(withheld.ReasonFor(o) == DisclosureRule.SecondaryReason ? ", secondary" : string.Empty)})")
            .Order(StringComparer.Ordinal)
            .ToList();
        output.WriteLine(string.Join("; ", names));
        return names;
    }

    [Fact]
    public void Example_one_a_small_quarter_and_the_three_figures_withheld_beside_it()
    {
        var (frame, withheld) = Decide(new long[,] { { 12, 3, 14, 10 }, { 20, 18, 25, 22 }, { 9, 11, 15, 8 }, { 30, 28, 26, 31 } });

        Assert.Equal(["A Q2 (3)", "A Q4 (10, secondary)", "C Q2 (11, secondary)", "C Q4 (8, secondary)"], Withheld(frame, withheld));
        using var attacker = Frames.AttackerOf(frame, Frames.Areas(4), withheld, TimeRelation.Flow);
        Assert.Equal((0, 13), attacker.Range($"{Frames.Authority(1, 1)}|2024-25 Q2"));
    }

    [Fact]
    public void Example_two_a_count_held_between_one_and_three_without_being_worked_out_exactly()
    {
        var (frame, withheld) = Decide(new long[,] { { 11, 27, 27, 8 }, { 10, 26, 1, 28 }, { 14, 17, 24, 27 }, { 28, 16, 1, 2 } });

        var areas = Frames.Areas(4);
        string Key(int authority, int quarter) => $"{Frames.Authority(1, authority)}|{Quarters[quarter - 1]}";

        // After the subtraction rule alone: six hidden, no sum with one, none worked out exactly, yet D Q4 is 1, 2 or 3.
        var subtractionOnly = new[] { (1, 1), (1, 4), (2, 1), (2, 3), (4, 3), (4, 4) }
            .ToDictionary(x => (Frames.Authority(1, x.Item1), Quarters[x.Item2 - 1]), _ => "hidden");
        using (var before = Frames.AttackerOf(frame, areas, new WithheldFigures(Frames.Count, DisclosureRule.Standard, subtractionOnly), TimeRelation.Flow))
        {
            Assert.Equal((1, 3), before.Range(Key(4, 4)));
            Assert.Equal((0, 2), before.Range(Key(2, 3)));
            Assert.Equal((0, 2), before.Range(Key(4, 3)));
        }

        Assert.Equal(
            ["A Q1 (11, secondary)", "A Q4 (8, secondary)", "B Q1 (10, secondary)", "B Q3 (1)", "C Q1 (14, secondary)", "C Q2 (17, secondary)", "D Q2 (16, secondary)", "D Q3 (1)", "D Q4 (2)"],
            Withheld(frame, withheld));
        using var attacker = Frames.AttackerOf(frame, areas, withheld, TimeRelation.Flow);
        output.WriteLine($"D Q4 {attacker.Range(Key(4, 4))}, B Q3 {attacker.Range(Key(2, 3))}, D Q3 {attacker.Range(Key(4, 3))}");
        Frames.AssertNoSmallCountRecoverable(frame, areas, withheld, TimeRelation.Flow);
    }
}
