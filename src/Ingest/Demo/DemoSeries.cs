using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>
/// The noise of one indicator's demo series. Draws are normal approximations to binomial (proportions) and Poisson
/// (counts) variation. Within a financial year they sum to zero, so the year's mean stays on the published level.
/// Quarters the generator calls quiet (planted outliers, profiles and trends) get no noise.
/// </summary>
internal sealed class DemoSeries
{
    // A rolling 12-month count shares three quarters with the previous one, so it moves far less than a quarter's count.
    private const double RollingYearNoise = 0.35;

    // Quarterly denominators (contacts, visits due) vary by a few per cent around their usual size.
    private const double DenominatorNoise = 0.04;

    private readonly double[] noise;
    private readonly double[] denominatorNoise;
    private readonly LocalBaseline? baseline;

    public DemoSeries(Indicator indicator, DemoInputs inputs, LocalBaseline? baseline, IReadOnlyList<Period> quarters, IReadOnlySet<int> quietQuarters)
    {
        Indicator = indicator;
        Inputs = inputs;
        Quarters = quarters;
        this.baseline = baseline;
        var random = new DemoRandom(inputs.Seed, inputs.AreaCode, indicator.Id, "value");
        var denominatorRandom = new DemoRandom(inputs.Seed, inputs.AreaCode, indicator.Id, "denominator");
        noise = [.. quarters.Select(_ => random.NextNormal())];
        foreach (var i in quietQuarters)
        {
            noise[i] = 0;
        }

        denominatorNoise = [.. quarters.Select(_ => denominatorRandom.NextNormal())];
        if (indicator.ComparatorYearType == ComparatorYearType.CalendarYear)
        {
            ScaleRollingYear();
        }
        else
        {
            CentreWithinFinancialYears(quietQuarters);
        }
    }

    public Indicator Indicator { get; }

    public DemoInputs Inputs { get; }

    public IReadOnlyList<Period> Quarters { get; }

    /// <summary>The unrounded value with its numerator and denominator (null where the type has none).</summary>
    public (double Value, double? Numerator, double? Denominator) Draw(int index, double expected) => Indicator.ValueType switch
    {
        IndicatorValueType.Proportion => Proportion(index, expected),
        IndicatorValueType.Rate => Rate(index, expected),
        IndicatorValueType.Count => Count(index, expected),
        _ => (Math.Max(0, expected * (1 + (0.05 * noise[index]))), null, null),
    };

    private (double, double?, double?) Proportion(int index, double expected)
    {
        var hint = baseline?.DenominatorHint
            ?? throw new InvalidOperationException($"Proportion '{Indicator.Id}' needs a denominator_hint in the local baselines.");
        var denominator = Math.Max(1, Math.Round(hint * (1 + (DenominatorNoise * denominatorNoise[index])), MidpointRounding.AwayFromZero));
        var p = Math.Clamp(expected / Indicator.Multiplier, 0, 1);
        var drawn = Math.Clamp(p + (Math.Sqrt(p * (1 - p) / denominator) * noise[index]), 0, 1);
        var numerator = Math.Round(drawn * denominator, MidpointRounding.AwayFromZero);
        return (numerator / denominator * Indicator.Multiplier, numerator, denominator);
    }

    private (double, double?, double?) Rate(int index, double expected)
    {
        var population = DemoReturnsGenerator.PopulationFor(Indicator, Inputs.Population);
        var factor = FigureScale.AnnualisationFactor(Indicator, Quarters[index]);
        var mean = Math.Max(0, expected) * population / Indicator.Multiplier / factor;
        var count = Math.Max(0, Math.Round(mean + (Math.Sqrt(mean) * noise[index]), MidpointRounding.AwayFromZero));
        return (count / population * Indicator.Multiplier * factor, count, population);
    }

    private (double, double?, double?) Count(int index, double expected)
    {
        var mean = Math.Max(0, expected);
        var count = Math.Max(0, Math.Round(mean + (Math.Sqrt(mean) * noise[index]), MidpointRounding.AwayFromZero));
        return (count, count, null);
    }

    private void CentreWithinFinancialYears(IReadOnlySet<int> quietQuarters)
    {
        foreach (var year in Enumerable.Range(0, Quarters.Count).Where(i => !quietQuarters.Contains(i)).GroupBy(i => Quarters[i].StartYear))
        {
            var indexes = year.ToList();
            var mean = indexes.Average(i => noise[i]);

            // Rescaled so a centred draw keeps unit variance; a lone quarter has no noise left.
            var scale = indexes.Count > 1 ? Math.Sqrt(indexes.Count / (indexes.Count - 1.0)) : 0;
            foreach (var i in indexes)
            {
                noise[i] = (noise[i] - mean) * scale;
            }
        }
    }

    /// <summary>The 12 months to December are the published calendar year, so that quarter carries no noise.</summary>
    private void ScaleRollingYear()
    {
        for (var i = 0; i < Quarters.Count; i++)
        {
            noise[i] *= DemoLevels.IsCalendarYearAnchor(Indicator, Quarters[i]) ? 0 : RollingYearNoise;
        }
    }
}
