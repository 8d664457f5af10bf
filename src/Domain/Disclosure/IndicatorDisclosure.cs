using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Domain.Disclosure;

/// <summary>
/// Decides, for a reader under disclosure control, which figures of one indicator are withheld: its whole frame at
/// once (every area and period the service holds, the latest version of each), so that every output any reader sees
/// agrees, and no sum across the area hierarchy (authorities → region → England) or across time (quarters → year)
/// gives a withheld figure back.
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
        var reasons = new Dictionary<(string Area, string Period), string>();
        foreach (var figure in frame)
        {
            if (FigureDisclosure.Reason(figure, indicator, rule) is { } reason)
            {
                reasons[(figure.AreaCode, figure.PeriodKey)] = reason;
            }
        }

        return new WithheldFigures(indicator, rule, reasons);
    }
}
