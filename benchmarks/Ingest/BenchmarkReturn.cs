using System.Globalization;
using System.Text;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Benchmarks.Ingest;

/// <summary>
/// A 1,000,000-row return in the long CSV layout, valid in every row: one synthetic agency owning enough percentage
/// indicators that every current local authority has a row for each, for one quarter. The real areas, periods and
/// validation rules apply; only the catalogue is made up, since no real agency sends a million figures.
/// </summary>
internal sealed class BenchmarkReturn
{
    public const int Rows = 1_000_000;
    public const string Quarter = "2024-25 Q1";

    private BenchmarkReturn(ReferenceDataSet reference, Agency agency, string path)
    {
        Reference = reference;
        Agency = agency;
        Path = path;
    }

    public ReferenceDataSet Reference { get; }

    public Agency Agency { get; }

    /// <summary>The CSV file, written once per run.</summary>
    public string Path { get; }

    public static BenchmarkReturn Write(string folder)
    {
        var real = ReferenceDataSet.Load(ReferenceDataFolder.Locate());
        var areas = real.Areas.LocalAuthorities.Where(a => a.IsCurrent).Select(a => a.Code).ToList();
        var agency = new Agency("benchmark", "Benchmark agency", 20, "A made-up agency for the ingest benchmark.");
        var indicators = Enumerable.Range(0, (Rows / areas.Count) + 1).Select(i => new Indicator
        {
            Id = $"bench_{i:0000}_pct",
            Name = $"Benchmark measure {i}",
            PriorityId = real.Priorities[0].Id,
            Domain = "Benchmark",
            LeadAgency = agency.Name,
            Unit = "% of cases",
            Multiplier = 100,
            ValueType = IndicatorValueType.Proportion,
            Polarity = Polarity.HighIsGood,
            Frequency = Frequency.Quarterly,
            Definition = "Synthetic.",
        }).ToList();
        var reference = new ReferenceDataSet(real.Areas, real.Priorities, indicators, [agency]);

        var path = System.IO.Path.Combine(folder, "benchmark_return.csv");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        writer.Write("indicator_id,area_code,period,value,numerator,denominator,status,note\n");
        var written = 0;
        foreach (var indicator in indicators)
        {
            foreach (var area in areas)
            {
                if (written++ == Rows)
                {
                    return new BenchmarkReturn(reference, agency, path);
                }

                var denominator = 100 + (written % 900);
                var numerator = written % denominator;
                var value = Math.Round(100.0 * numerator / denominator, 1);
                writer.Write(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{indicator.Id},{area},{Quarter},{value:0.0},{numerator},{denominator},final,\n"));
            }
        }

        return new BenchmarkReturn(reference, agency, path);
    }
}
