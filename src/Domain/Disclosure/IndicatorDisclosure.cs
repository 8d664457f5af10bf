using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Domain.Disclosure;

/// <summary>
/// Decides, for a reader under disclosure control, which figures of one indicator are withheld: its whole frame at
/// once (every area and period the service holds, the latest version of each), so that every output any reader sees
/// agrees, and no sum across the area hierarchy (authorities → region → England) or across time (quarters → year)
/// gives a withheld figure back. The method, with a worked example, is in docs/disclosure.md.
/// <list type="number">
/// <item>Primary: a figure on a small count, sent or implied (<see cref="FigureDisclosure"/>).</item>
/// <item>Secondary (<see cref="SecondarySuppression"/>) over the frame's sums (<see cref="FrameSums"/>): a sum that
/// would give a withheld count back by subtraction gets a further figure withheld, and the interval audit
/// (<see cref="IntervalAudit"/>) proves each withheld small count could be 0, or 6 or more, given every sum
/// together.</item>
/// </list>
/// </summary>
public static class IndicatorDisclosure
{
    /// <summary>The figures withheld from a reader under <paramref name="rule"/>.</summary>
    public static WithheldFigures Decide(Indicator indicator, IReadOnlyCollection<Observation> frame, AreaDirectory areas, DisclosureRule rule)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(rule);
        var figures = frame.ToList();
        var withheld = new bool[figures.Count];
        var reasons = new Dictionary<(string Area, string Period), string>();
        for (var i = 0; i < figures.Count; i++)
        {
            if (FigureDisclosure.Reason(figures[i], indicator, rule) is { } reason)
            {
                reasons[(figures[i].AreaCode, figures[i].PeriodKey)] = reason;
                withheld[i] = true;
            }
        }

        if (withheld.Any(w => w))
        {
            SecondarySuppression.Apply(FrameSums.Build(indicator, figures, areas), withheld, rule);
        }

        for (var i = 0; i < figures.Count; i++)
        {
            if (withheld[i])
            {
                reasons.TryAdd((figures[i].AreaCode, figures[i].PeriodKey), DisclosureRule.SecondaryReason);
            }
        }

        var decided = new Dictionary<(string Area, string Period), int>(figures.Count);
        foreach (var figure in figures)
        {
            decided[(figure.AreaCode, figure.PeriodKey)] = figure.Version;
        }

        return new WithheldFigures(indicator, rule, reasons) { Decided = decided };
    }
}
