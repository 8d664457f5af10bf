using System.Text;
using Safeguarding.Analytics.Dashboard.Overview;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Forecasting.Spc;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.Indicators;

/// <summary>
/// The indicator page in a few plain sentences for the board and for screen readers: where the area stands against
/// its statistical neighbours and England in the latest period both have figures for, the run of rises or falls on the
/// chart, and the chart's variation — with "better" or "worse" where the indicator has a polarity.
/// </summary>
public static class IndicatorSummary
{
    public static string Of(Indicator indicator, IReadOnlyList<IndicatorPoint> points, SeriesChart? chart, ComparatorSeries comparators)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(comparators);
        var sentences = new List<string>
        {
            Position(indicator, points, comparators),
            Run(indicator, points.Where(p => p.Spc is not null && p.Observation.Value is not null).ToList(), chart?.Kind),
            chart is null ? "" : Variation(chart.Chart.VariationIcon),
        };
        return string.Join(' ', sentences.Where(s => s.Length > 0));
    }

    /// <summary>The area's latest figure that has comparators (its own period's, or its year's) against them.</summary>
    private static string Position(Indicator indicator, IReadOnlyList<IndicatorPoint> points, ComparatorSeries comparators)
    {
        var latest = points
            .Where(p => p.Observation.Value is not null)
            .Select(p => (Own: Period.Parse(p.Observation.PeriodKey), Value: p.Observation.Value!.Value, Against: comparators.For(Period.Parse(p.Observation.PeriodKey))))
            .Where(c => c.Against is { NeighbourAverage: not null } or { England: not null })
            .OrderByDescending(c => c.Own.End)
            .ThenBy(c => c.Own == c.Against!.Period ? 0 : 1)
            .FirstOrDefault();
        if (latest.Against is not { } against)
        {
            return indicator.ComparatorSource is null
                ? "A local measure: there is no published comparator."
                : "No comparator figures are published yet for these periods.";
        }

        string Format(double value) => ValueFormat.Format(indicator, value);
        var when = latest.Own == against.Period
            ? $"{Format(latest.Value)} against {{0}} in {against.Period.Key}"
            : $"{Format(latest.Value)} in {latest.Own.Key} against {{0}} for {against.Period.Key}";
        var clauses = new List<(string Name, int Side, string Words)>();
        if (against.NeighbourAverage is { } average)
        {
            clauses.Add(("statistical neighbours", Side(indicator, latest.Value, average), string.Format(null, when, Format(average))));
        }

        if (against.England is { } england)
        {
            var words = clauses.Count == 0 ? string.Format(null, when, Format(england)) : Format(england);
            clauses.Add(("England", Side(indicator, latest.Value, england), words));
        }

        var text = new StringBuilder();
        for (var i = 0; i < clauses.Count; i++)
        {
            var (name, side, words) = clauses[i];
            var relation = side switch { > 0 => "higher than", < 0 => "lower than", _ => "the same as" };
            text.Append(i == 0 ? Capitalised(relation) : " and " + relation).Append(' ').Append(name).Append(" (").Append(words).Append(')');
        }

        return text.Append(Judgement(indicator, clauses)).Append('.').ToString();
    }

    /// <summary>1 higher, -1 lower, 0 the same as far as the board can read (to the indicator's decimal places).</summary>
    private static int Side(Indicator indicator, double value, double comparator)
    {
        var places = Math.Clamp(indicator.DecimalPlaces, 0, 15);
        return Math.Sign(Math.Round(value, places, MidpointRounding.AwayFromZero) - Math.Round(comparator, places, MidpointRounding.AwayFromZero));
    }

    /// <summary>": worse than both", ": better than statistical neighbours, worse than England"; nothing without a polarity.</summary>
    private static string Judgement(Indicator indicator, List<(string Name, int Side, string Words)> clauses)
    {
        var judged = clauses.Where(c => c.Side != 0).Select(c => (c.Name, Word: Better(indicator.Polarity, c.Side))).Where(c => c.Word is not null).ToList();
        if (judged.Count == 0)
        {
            return "";
        }

        return judged.Count == 2 && judged[0].Word == judged[1].Word
            ? $": {judged[0].Word} than both"
            : ": " + string.Join(", ", judged.Select(j => $"{j.Word} than {j.Name}"));
    }

    /// <summary>The run of consecutive rises or falls that ends at the latest point on the chart.</summary>
    private static string Run(Indicator indicator, List<IndicatorPoint> charted, PeriodKind? kind)
    {
        if (charted.Count < 2)
        {
            return "";
        }

        var unit = kind == PeriodKind.FinancialQuarter ? "quarter" : "year";
        var direction = Math.Sign(charted[^1].Observation.Value!.Value - charted[^2].Observation.Value!.Value);
        if (direction == 0)
        {
            return $"Unchanged on the previous {unit}.";
        }

        var run = 1;
        while (run < charted.Count - 1 && Math.Sign(charted[^(run + 1)].Observation.Value!.Value - charted[^(run + 2)].Observation.Value!.Value) == direction)
        {
            run++;
        }

        var words = run == 1
            ? $"{(direction > 0 ? "Up" : "Down")} on the previous {unit}"
            : $"{(direction > 0 ? "Rising" : "Falling")} for {run} {unit}s in a row";
        return Better(indicator.Polarity, direction) is { } better ? $"{words} ({better})." : $"{words}.";
    }

    private static string? Better(Polarity polarity, int side) => polarity switch
    {
        Polarity.HighIsGood => side > 0 ? "better" : "worse",
        Polarity.LowIsGood => side < 0 ? "better" : "worse",
        _ => null,
    };

    private static string Variation(string icon) => icon switch
    {
        SpcVariationIcons.ImprovementHigh or SpcVariationIcons.ImprovementLow => "Special cause variation: improving.",
        SpcVariationIcons.ConcernHigh or SpcVariationIcons.ConcernLow => "Special cause variation: a concern.",
        SpcVariationIcons.NeutralHigh => "Special cause variation: unusually high.",
        SpcVariationIcons.NeutralLow => "Special cause variation: unusually low.",
        SpcVariationIcons.CommonCause => "Common cause variation.",
        _ => "",
    };

    private static string Capitalised(string words) => char.ToUpperInvariant(words[0]) + words[1..];
}
