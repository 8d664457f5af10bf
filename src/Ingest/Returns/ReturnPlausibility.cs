using System.Globalization;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Ingest.Returns;

/// <summary>
/// Warnings that do not block a return but ask a data lead to look again. A large change on the previous period:
/// more than 15% of the scale for a proportion (15 points for a percentage), otherwise more than half the previous
/// value (and at least 5 for a count). Far outside peers: beyond Tukey's far-out fences (Q1 − 3·IQR, Q3 + 3·IQR,
/// type-7 quartiles) of at least five statistical neighbours' values for the same period.
/// </summary>
public static class ReturnPlausibility
{
    private const int MinimumPeers = 5;

    public static IReadOnlyList<SubmissionProblem> Check(ValidatedReturn validated, PlausibilityEvidence evidence, ReferenceDataSet reference)
    {
        ArgumentNullException.ThrowIfNull(validated);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(reference);
        var warnings = new ProblemList(validated.FileName, int.MaxValue);
        foreach (var line in validated.Lines)
        {
            var o = line.Observation;
            if (o.Value is not { } value)
            {
                continue;
            }

            var indicator = reference.Indicator(o.IndicatorId);
            if (evidence.TryGetPrevious(o.IndicatorId, o.AreaCode, o.PeriodKey, out var previous) && IsLargeChange(indicator, previous, value))
            {
                warnings.Warning("large_change", line.Row, ReturnColumns.Value, $"{Format(value)} is a large change on the previous period's {Format(previous)} for {o.IndicatorId}; check it, and explain it in the note if it is right.");
            }

            if (evidence.TryGetPeers(o.IndicatorId, o.PeriodKey, out var peers) && FarOutside(peers, value) is { } fences)
            {
                warnings.Warning("far_from_peers", line.Row, ReturnColumns.Value, $"{Format(value)} is far outside the statistical neighbours' {Format(fences.Low)}–{Format(fences.High)} (far-out fences of {peers.Count} neighbours) for {o.IndicatorId}; check it.");
            }
        }

        return warnings.ToList();
    }

    public static bool IsLargeChange(Indicator indicator, double previous, double value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var change = Math.Abs(value - previous);
        return indicator.ValueType switch
        {
            IndicatorValueType.Proportion => change > 0.15 * indicator.Multiplier,
            IndicatorValueType.Count => previous > 0 && change / previous > 0.5 && change >= 5,
            _ => previous > 0 && change / previous > 0.5,
        };
    }

    /// <summary>The far-out fences when the value lies beyond them, otherwise null.</summary>
    public static (double Low, double High)? FarOutside(IReadOnlyList<double> peers, double value)
    {
        ArgumentNullException.ThrowIfNull(peers);
        if (peers.Count < MinimumPeers)
        {
            return null;
        }

        var sorted = peers.Order().ToArray();
        var q1 = Quantile7(sorted, 0.25);
        var q3 = Quantile7(sorted, 0.75);
        var iqr = q3 - q1;
        var (low, high) = (q1 - (3 * iqr), q3 + (3 * iqr));
        return iqr > 0 && (value < low || value > high) ? (low, high) : null;
    }

    /// <summary>Hyndman and Fan's type 7 (R's default): linear between the order statistics.</summary>
    public static double Quantile7(double[] sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var h = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(h);
        return below + 1 < sorted.Length ? sorted[below] + ((h - below) * (sorted[below + 1] - sorted[below])) : sorted[below];
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
