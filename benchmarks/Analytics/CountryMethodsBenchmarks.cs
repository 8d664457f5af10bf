using BenchmarkDotNet.Attributes;
using Safeguarding.Analytics.Benchmarks.Storage;
using Safeguarding.Analytics.Forecasting.Anomalies;
using Safeguarding.Analytics.Forecasting.Benchmarking;
using Safeguarding.Analytics.Forecasting.Position;
using Safeguarding.Analytics.Forecasting.Series;
using Safeguarding.Analytics.Forecasting.Trend;
using Safeguarding.Analytics.Ingest.Comparators;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Benchmarks.Analytics;

/// <summary>
/// Every method over the whole country's published figures (DfE LAIT, as the service loads them): for every local
/// authority × indicator series its XmR chart and Mann-Kendall test with Sen's slope; for every indicator × period
/// cross-section each authority's statistical-neighbour average, benchmark against it and England, national rank and
/// quartile band; and, separately, the randomized-PCA profile model trained and scored for every period.
/// </summary>
[InProcessJob(monitoring: false)]
[MemoryDiagnoser]
public class CountryMethodsBenchmarks
{
    private List<(Indicator Indicator, List<Observation> Series)> series = [];
    private List<(Indicator Indicator, Dictionary<string, double?> ByArea, double? England)> crossSections = [];
    private IReadOnlyList<AreaProfile> profiles = [];
    private AreaDirectory areas = null!;
    private Dictionary<string, List<string>> neighbours = [];

    public int SeriesCount => series.Count;

    public int CrossSectionCount => crossSections.Count;

    [GlobalSetup]
    public void ReadCountry()
    {
        var folder = ReferenceDataFolder.Locate();
        var reference = ReferenceDataSet.Load(folder);
        areas = reference.Areas;
        var figures = new LaitComparatorReader(reference).ReadChecked(folder.ComparatorFile(LaitComparatorReader.FileName));
        var authorities = areas.LocalAuthorities.Where(a => a.IsCurrent).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        neighbours = authorities.ToDictionary(a => a, a => areas.Neighbours(a).Select(n => areas.Resolve(n.NeighbourCode).Code).ToList(), StringComparer.Ordinal);
        var byId = reference.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        series = figures.Where(o => authorities.Contains(o.AreaCode))
            .GroupBy(o => (o.IndicatorId, o.AreaCode))
            .Select(g => (byId[g.Key.IndicatorId], g.OrderBy(o => Period.Parse(o.PeriodKey)).ToList()))
            .ToList();
        crossSections = figures.GroupBy(o => (o.IndicatorId, o.PeriodKey))
            .Select(g => (byId[g.Key.IndicatorId], g.Where(o => authorities.Contains(o.AreaCode)).ToDictionary(o => o.AreaCode, o => o.Value, StringComparer.Ordinal),
                g.FirstOrDefault(o => o.AreaCode == areas.England.Code)?.Value))
            .ToList();
        profiles = AreaProfiles.From(figures.Where(o => authorities.Contains(o.AreaCode)));
        Console.WriteLine($"// {series.Count} series, {crossSections.Count} cross-sections, {profiles.Count} profiles");
    }

    /// <summary>XmR chart and Mann-Kendall with Sen's slope for every authority × indicator series.</summary>
    [Benchmark]
    public int EverySeriesChartAndTrend()
    {
        var special = 0;
        foreach (var (indicator, observations) in series)
        {
            if (SeriesChart.Of(observations, indicator) is { } chart)
            {
                special += chart.Chart.Points.Count(p => p.PointType != Forecasting.Spc.SpcPointTypes.CommonCause);
            }

            var values = observations.Where(o => o.Value is not null).Select(o => o.Value!.Value).ToList();
            special += MannKendall.Test(values).IsSignificant ? 1 : 0;
        }

        return special;
    }

    /// <summary>Neighbour average, benchmark, rank and quartile band for every authority in every cross-section.</summary>
    [Benchmark]
    public int EveryCrossSectionPosition()
    {
        var banded = 0;
        foreach (var (indicator, byArea, england) in crossSections)
        {
            var values = byArea.Values.ToList();
            var quartiles = Quartiles.Of(values);
            foreach (var (area, value) in byArea)
            {
                var average = StatisticalNeighbourAverage.Of(neighbours[area].Select(n => byArea.GetValueOrDefault(n)));
                _ = Benchmark.Compare(value, null, null, average.Value, indicator.Polarity);
                _ = Benchmark.Compare(value, null, null, england, indicator.Polarity);
                _ = NationalRank.Of(value, values, indicator.Polarity);
                banded += QuartileBand.Of(value, quartiles, indicator.Polarity) is null ? 0 : 1;
            }
        }

        return banded;
    }

    /// <summary>Randomized PCA trained and scored for every period with a national publication.</summary>
    [Benchmark]
    public int EveryPeriodProfileModel() => AreaProfiles.TrainByPeriod(profiles).Scores.Count;
}
