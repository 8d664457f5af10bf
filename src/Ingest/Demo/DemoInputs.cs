using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>Everything the demo returns are generated from; the same inputs always give the same returns.</summary>
public sealed record DemoInputs
{
    /// <summary>The catalogue; only quarterly indicators are generated.</summary>
    public required IReadOnlyList<Indicator> Indicators { get; init; }

    /// <summary>The home area's ONS code, e.g. E06000019 (Herefordshire).</summary>
    public required string AreaCode { get; init; }

    /// <summary>
    /// Published annual values for the home area, keyed by (indicator id, period key): a financial year such as
    /// <c>2023-24</c>, or a calendar year such as <c>2023</c> for calendar-year comparators.
    /// </summary>
    public required IReadOnlyDictionary<(string IndicatorId, string PeriodKey), double> AnnualLevels { get; init; }

    public required DemoPopulation Population { get; init; }

    /// <summary>Levels for indicators without a comparator, and denominators for proportions.</summary>
    public required IReadOnlyList<LocalBaseline> Baselines { get; init; }

    public IReadOnlyList<PlantedEvent> Events { get; init; } = [];

    public Period FirstQuarter { get; init; } = Period.FinancialQuarter(2019, 1);

    public Period LastQuarter { get; init; } = Period.FinancialQuarter(2025, 2);

    /// <summary>Seeds the noise; change it for a different but equally plausible demo.</summary>
    public int Seed { get; init; } = 884;
}
