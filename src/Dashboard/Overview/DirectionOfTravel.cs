using System.Globalization;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.Overview;

/// <summary>
/// The latest figure against the one before it (the previous period of the same kind), in words and judged by the
/// indicator's polarity: "better", "worse", or, where neither direction is better, "neutral". Never colour alone.
/// </summary>
public sealed record DirectionOfTravel(double Change, string PreviousPeriod, string Judgement)
{
    public const string Better = "better";
    public const string Worse = "worse";
    public const string Neutral = "neutral";

    /// <summary>▲, ▼ or ▶ (no change).</summary>
    public string Arrow => Change > 0 ? "▲" : Change < 0 ? "▼" : "▶";

    public string Words(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (Change == 0)
        {
            return $"no change on {PreviousPeriod}";
        }

        var amount = Math.Abs(Change).ToString("N" + indicator.DecimalPlaces.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var points = indicator.ValueType == IndicatorValueType.Proportion && indicator.Multiplier == 100 ? " points" : string.Empty;
        return $"{(Change > 0 ? "up" : "down")} {amount}{points} on {PreviousPeriod}{(Judgement == Neutral ? string.Empty : $", {Judgement}")}";
    }

    /// <summary>The direction of the latest figure in the series, or null without an earlier figure of its kind.</summary>
    public static DirectionOfTravel? Of(Indicator indicator, IEnumerable<Observation> series, Observation? latest)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(series);
        if (latest?.Value is not { } now)
        {
            return null;
        }

        var at = Period.Parse(latest.PeriodKey);
        var previous = series.Where(o => o.Value is not null && Period.Parse(o.PeriodKey) is var p && p.Kind == at.Kind && p < at)
            .MaxBy(o => Period.Parse(o.PeriodKey));
        if (previous is null)
        {
            return null;
        }

        var change = Math.Round(now - previous.Value!.Value, indicator.DecimalPlaces + 2);
        var judgement = indicator.Polarity switch
        {
            _ when change == 0 => Neutral,
            Polarity.HighIsGood => change > 0 ? Better : Worse,
            Polarity.LowIsGood => change < 0 ? Better : Worse,
            _ => Neutral,
        };
        return new DirectionOfTravel(change, previous.PeriodKey, judgement);
    }
}
