using System.Globalization;
using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Dashboard.Overview;

/// <summary>
/// The last few figures of one kind of period, drawn as a small line with the latest point marked, and described in
/// words for those who cannot see it.
/// </summary>
public sealed record Sparkline(IReadOnlyList<SparkPoint> Points)
{
    /// <summary>How many figures a sparkline shows at most: two years of quarters.</summary>
    public const int Length = 8;

    public const double Width = 96;
    public const double Height = 28;
    private const double Margin = 3;

    /// <summary>The figures (oldest first) as a sparkline of the last <see cref="Length"/>, or null with fewer than two.</summary>
    public static Sparkline? Of(IEnumerable<SparkPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var recent = points.TakeLast(Length).ToList();
        return recent.Count < 2 ? null : new Sparkline(recent);
    }

    /// <summary>The points in the SVG's coordinates: time left to right, the lowest figure at the bottom.</summary>
    public IReadOnlyList<(double X, double Y)> Coordinates()
    {
        var low = Points.Min(p => p.Value);
        var high = Points.Max(p => p.Value);
        var step = (Width - 2 * Margin) / (Points.Count - 1);
        return [.. Points.Select((p, i) => (
            Math.Round(Margin + i * step, 2),
            Math.Round(high == low ? Height / 2 : Margin + (high - p.Value) / (high - low) * (Height - 2 * Margin), 2)))];
    }

    /// <summary>The SVG polyline's points attribute.</summary>
    public string PolylinePoints() =>
        string.Join(' ', Coordinates().Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.X},{c.Y}")));

    /// <summary>"2023-24 Q3 to 2025-26 Q2: from 12.0 to 13.5; lowest 11.2, highest 14.0".</summary>
    public string Describe(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        string Format(double value) => ValueFormat.Format(indicator, value);
        return $"{Points[0].PeriodKey} to {Points[^1].PeriodKey}: from {Format(Points[0].Value)} to {Format(Points[^1].Value)}; "
            + $"lowest {Format(Points.Min(p => p.Value))}, highest {Format(Points.Max(p => p.Value))}";
    }
}

/// <summary>One figure on a sparkline.</summary>
public sealed record SparkPoint(string PeriodKey, double Value);
