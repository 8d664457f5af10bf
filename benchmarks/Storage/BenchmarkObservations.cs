using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Benchmarks.Storage;

/// <summary>A synthetic warehouse: 250 indicators × 100 areas × 40 quarters (2015-16 Q1 to 2024-25 Q4) = 1,000,000 rows.</summary>
internal static class BenchmarkObservations
{
    public const int Indicators = 250;
    public const int Areas = 100;

    public static readonly Period FirstQuarter = Period.Parse("2015-16 Q1");
    public static readonly Period LastQuarter = Period.Parse("2024-25 Q4");

    public static string Indicator(int i) => $"PMF{i:000}";

    public static string Area(int a) => $"E{6000000 + a:00000000}";

    public static Observation[] Million() => [.. Synthetic(Indicators)];

    /// <summary>
    /// The same synthetic figures for any number of indicators (each 100 areas × 40 quarters = 4,000 rows), made as
    /// they are read, so that a store can be seeded with millions of rows without holding them.
    /// </summary>
    public static IEnumerable<Observation> Synthetic(int indicators)
    {
        var quarters = Period.QuartersBetween(FirstQuarter, LastQuarter).Select(q => q.Key).ToArray();
        for (var i = 0; i < indicators; i++)
        {
            for (var a = 0; a < Areas; a++)
            {
                for (var q = 0; q < quarters.Length; q++)
                {
                    var denominator = 1000.0 + (a * 37) + q;
                    var numerator = (double)((i * 7) + (a * 3) + q) % 500;
                    yield return new Observation
                    {
                        IndicatorId = Indicator(i),
                        AreaCode = Area(a),
                        PeriodKey = quarters[q],
                        Numerator = numerator,
                        Denominator = denominator,
                        Value = numerator / denominator * 10_000,
                        Status = numerator < 5 ? ObservationStatus.Suppressed : ObservationStatus.Final,
                        StatusReason = numerator < 5 ? "c" : null,
                        Source = "benchmark",
                    };
                }
            }
        }
    }
}
