using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.Overview;

/// <summary>A stored figure with its period parsed once.</summary>
public readonly record struct PeriodFigure(Observation Observation, Period Period)
{
    public static PeriodFigure Of(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return new PeriodFigure(observation, Period.Parse(observation.PeriodKey));
    }

    public string AreaCode => Observation.AreaCode;

    /// <summary>Published yearly (a comparator's kind) and begun by the end of <paramref name="quarter"/>.</summary>
    public bool IsPublishedBy(Period quarter) => Period.Kind != PeriodKind.FinancialQuarter && Period.Start <= quarter.End;
}
