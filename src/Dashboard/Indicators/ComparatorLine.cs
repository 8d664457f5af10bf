using System.Globalization;
using System.Text;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.Indicators;

/// <summary>
/// One comparator (statistical neighbours' average, region or England) drawn across the chart's periods. Where the
/// comparator is published for the chart's own periods it joins them point to point; where a quarter is read against
/// its year, the year's figure is a flat step across that year's quarters with one marker in its middle.
/// </summary>
public sealed record ComparatorLine(string Kind, string Name, string Path, IReadOnlyList<ComparatorMarker> Markers, bool Stepped)
{
    public static IReadOnlyList<ComparatorLine> Of(SpcChartLayout layout, ComparatorSeries comparators, string? regionName, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(comparators);
        ArgumentNullException.ThrowIfNull(format);
        var figures = Enumerable.Range(0, layout.Charted).Select(i => comparators.For(layout.Slots[i])).ToList();
        var lines = new[]
        {
            Line("neighbours", "Statistical neighbours' average", f => f.NeighbourAverage),
            Line("region", regionName ?? "Region", f => f.Region),
            Line("england", "England", f => f.England),
        };
        return [.. lines.Where(l => l.Markers.Count > 0)];

        ComparatorLine Line(string kind, string name, Func<ComparatorFigures, double?> value)
        {
            var path = new StringBuilder();
            var markers = new List<ComparatorMarker>();
            var stepped = false;
            var drawing = false;
            for (var i = 0; i < figures.Count; i++)
            {
                if (figures[i] is not { } figure || value(figure) is not { } v)
                {
                    drawing = false;
                    continue;
                }

                var y = layout.Y(v);
                if (figure.Period == layout.Slots[i])
                {
                    path.Append(drawing ? " L" : " M").Append(Point(layout.X(i), y));
                    markers.Add(new ComparatorMarker(layout.X(i), y, figure.Period, $"{name}, {figure.Period.Key}: {format(v)}"));
                }
                else
                {
                    var half = layout.SlotWidth / 2;
                    path.Append(drawing ? " L" : " M").Append(Point(layout.X(i) - half, y)).Append(" L").Append(Point(layout.X(i) + half, y));
                    stepped = true;
                    if (i == 0 || figures[i - 1]?.Period != figure.Period)
                    {
                        var slots = Enumerable.Range(i, figures.Count - i).TakeWhile(j => figures[j]?.Period == figure.Period).ToList();
                        markers.Add(new ComparatorMarker((layout.X(slots[0]) + layout.X(slots[^1])) / 2, y, figure.Period, $"{name}, {figure.Period.Key}: {format(v)}"));
                    }
                }

                drawing = true;
            }

            return new ComparatorLine(kind, name, path.ToString().Trim(), markers, stepped);
        }
    }

    private static string Point(double x, double y) => string.Create(CultureInfo.InvariantCulture, $"{x:0.##},{y:0.##}");
}

/// <summary>Where a comparator's marker sits, the period of its figure, and what it says.</summary>
public sealed record ComparatorMarker(double X, double Y, Period Period, string Label);
