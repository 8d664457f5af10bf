using System.Globalization;
using Safeguarding.Analytics.Forecasting.Spc;

namespace Safeguarding.Analytics.Dashboard.Indicators;

/// <summary>The XmR chart in words, for the chart's caption and screen readers.</summary>
public static class SpcWords
{
    public static string PointType(string pointType) => pointType switch
    {
        SpcPointTypes.SpecialCauseImprovement => "special cause: improvement",
        SpcPointTypes.SpecialCauseConcern => "special cause: concern",
        SpcPointTypes.SpecialCauseNeutralHigh => "special cause: high",
        SpcPointTypes.SpecialCauseNeutralLow => "special cause: low",
        _ => "common cause",
    };

    /// <summary>The chart's variation icon (its latest point) in words, for the overview.</summary>
    public static string Variation(string icon) => icon switch
    {
        SpcVariationIcons.ImprovementHigh or SpcVariationIcons.ImprovementLow => "special cause, improving",
        SpcVariationIcons.ConcernHigh or SpcVariationIcons.ConcernLow => "special cause, concern",
        SpcVariationIcons.NeutralHigh => "special cause, high",
        SpcVariationIcons.NeutralLow => "special cause, low",
        _ => "common cause",
    };

    public static string Summary(SpcResult chart, int points)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var concerns = chart.Points.Count(p => p.PointType == SpcPointTypes.SpecialCauseConcern);
        var improvements = chart.Points.Count(p => p.PointType == SpcPointTypes.SpecialCauseImprovement);
        var latest = chart.Points.Count == 0 ? "no points" : $"the latest point is {PointType(chart.Points[^1].PointType)}";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{points} points; mean {chart.Mean:0.#}, process limits {chart.LowerProcessLimit:0.#} to {chart.UpperProcessLimit:0.#}{(chart.TrialLimits ? " (trial limits: fewer than 13 points)" : string.Empty)}; {concerns} points of concern and {improvements} of improvement; {latest}.");
    }
}
