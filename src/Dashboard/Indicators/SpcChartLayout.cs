using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.Indicators;

/// <summary>
/// Where things go on the indicator page's chart: one slot per charted period then per forecast quarter, left to
/// right, and a value axis with round ticks that holds every value drawn (points, limits, comparators, forecast band).
/// </summary>
public sealed class SpcChartLayout
{
    public const double Width = 860, Height = 360, Left = 56, Right = 84, Top = 16, Bottom = 36;

    private SpcChartLayout(IReadOnlyList<Period> slots, int charted, double low, double high, double step)
    {
        Slots = slots;
        Charted = charted;
        Low = low;
        High = high;
        Ticks = [.. Enumerable.Range(0, (int)Math.Round((high - low) / step) + 1).Select(i => low + (i * step))];
    }

    /// <summary>The charted periods, then the forecast quarters.</summary>
    public IReadOnlyList<Period> Slots { get; }

    /// <summary>How many of the slots are charted periods (the rest are forecast).</summary>
    public int Charted { get; }

    public double Low { get; }

    public double High { get; }

    public IReadOnlyList<double> Ticks { get; }

    public double PlotRight => Width - Right;

    public double PlotBottom => Height - Bottom;

    /// <summary>The horizontal distance between neighbouring slots.</summary>
    public double SlotWidth => Slots.Count <= 1 ? PlotRight - Left : (PlotRight - Left) / Slots.Count;

    public static SpcChartLayout Of(IReadOnlyList<Period> charted, IReadOnlyList<Period> forecast, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(charted);
        ArgumentNullException.ThrowIfNull(forecast);
        var finite = values.Where(double.IsFinite).ToList();
        var (min, max) = finite.Count == 0 ? (0, 1) : (finite.Min(), finite.Max());
        if (max - min < 1e-9)
        {
            (min, max) = (min - 1, max + 1);
        }

        var step = NiceStep((max - min) / 7);
        return new SpcChartLayout([.. charted, .. forecast], charted.Count, Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    /// <summary>The centre of a slot: slots are equal bands across the plot.</summary>
    public double X(int slot) => Left + (SlotWidth * (slot + 0.5));

    public double Y(double value) => Top + ((High - value) / (High - Low) * (PlotBottom - Top));

    /// <summary>Period labels on the axis: about eight, always the first and the last charted period.</summary>
    public bool Labelled(int slot)
    {
        var every = Math.Max(1, (int)Math.Ceiling(Slots.Count / 8.0));
        if (slot == Charted - 1 || slot == 0)
        {
            return true;
        }

        return slot % every == 0 && Math.Abs(slot - (Charted - 1)) >= Math.Max(2, every / 2 + 1);
    }

    /// <summary>1, 2, 2.5 or 5 times a power of ten: the round step nearest above <paramref name="rough"/>.</summary>
    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * power).First(s => s >= rough);
    }
}
