using System.Globalization;
using System.Text;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Records.Synthetic;

/// <summary>
/// Every current English local authority in the area list with its weight: its children aged 0–17 in the latest year
/// of the DfE "children looked after" file (<c>population_estimate</c>, the ONS mid-year estimate DfE rates are made
/// on). An authority missing from that file weighs as the smallest that is there.
/// </summary>
internal sealed record SyntheticArea(string Code, byte[] CodeBytes, long Children0To17)
{
    public const string PopulationFile = "dfe_cla_number_and_rate_per_10k_children_2021_to_2025.csv";

    public static IReadOnlyList<SyntheticArea> Load(ReferenceDataFolder folder, AreaDirectory areas)
    {
        var latest = new Dictionary<string, (int Year, long Children)>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(folder.ComparatorFile(PopulationFile), "time_period", "geographic_level", "old_la_code", "new_la_code", "population_estimate"))
        {
            if (row.Raw("geographic_level") != "Local authority"
                || !long.TryParse(row.Raw("population_estimate"), NumberStyles.None, CultureInfo.InvariantCulture, out var children)
                || (areas.Find(row.Raw("new_la_code")) ?? areas.Find(row.Raw("old_la_code"))) is not { } area)
            {
                continue;
            }

            var year = (int)row.Number("time_period");
            if (!latest.TryGetValue(area.Code, out var held) || year > held.Year)
            {
                latest[area.Code] = (year, children);
            }
        }

        var smallest = latest.Count == 0 ? 1000 : latest.Values.Min(v => v.Children);
        return [.. areas.LocalAuthorities
            .Where(a => a.Code.StartsWith('E'))
            .OrderBy(a => a.Code, StringComparer.Ordinal)
            .Select(a => new SyntheticArea(a.Code, Encoding.ASCII.GetBytes(a.Code), latest.TryGetValue(a.Code, out var found) ? found.Children : smallest))];
    }

    /// <summary>
    /// <paramref name="total"/> shared out by weight (largest remainders), every authority at least one, so each is
    /// present even in a small run.
    /// </summary>
    public static long[] Share(IReadOnlyList<SyntheticArea> areas, long total)
    {
        if (total < areas.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(total), $"At least {areas.Count} records are needed, one per local authority.");
        }

        var weight = (double)areas.Sum(a => a.Children0To17);
        var spare = total - areas.Count;
        var shares = areas.Select(a => 1 + (long)Math.Floor(spare * a.Children0To17 / weight)).ToArray();
        var left = total - shares.Sum();
        foreach (var i in Enumerable.Range(0, areas.Count)
            .OrderByDescending(i => (spare * areas[i].Children0To17 / weight) - Math.Floor(spare * areas[i].Children0To17 / weight))
            .ThenBy(i => i)
            .Take((int)left))
        {
            shares[i]++;
        }

        return shares;
    }
}
