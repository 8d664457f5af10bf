using System.Globalization;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>The populations the demo rates are built on, for one area.</summary>
public sealed record DemoPopulation(string AreaCode, string? DfeCode, string AreaName, int Year, int Children0To17, int Children10To17, int Adults16Plus)
{
    /// <summary>
    /// Share of 0-17s who are 10-17. Assumption: England's proportion (ONS mid-year estimates, about 5.6m aged 10-17
    /// against DfE's 12.18m aged 0-17 in 2025), applied to every area.
    /// </summary>
    public const double Children10To17Share = 0.46;

    /// <summary>
    /// Adults 16+ per child 0-17. Assumption: England's ratio (about 47.8m aged 16+ against 12.18m aged 0-17); an older
    /// county such as Herefordshire has more adults per child, so MARAC rates there are slightly overstated.
    /// </summary>
    public const double AdultsPerChild = 3.9;

    private static readonly string[] Columns = ["time_period", "geographic_level", "old_la_code", "la_name", "new_la_code", "population_estimate"];

    public static DemoPopulation FromChildren(string areaCode, string? dfeCode, string areaName, int year, int children0To17) =>
        new(
            areaCode,
            dfeCode,
            areaName,
            year,
            children0To17,
            (int)Math.Round(children0To17 * Children10To17Share, MidpointRounding.AwayFromZero),
            (int)Math.Round(children0To17 * AdultsPerChild, MidpointRounding.AwayFromZero));

    /// <summary>
    /// The area's latest 0-17 population from the DfE "children looked after" file
    /// (<c>dfe_cla_number_and_rate_per_10k_children_2021_to_2025.csv</c>), matched by ONS or DfE code.
    /// </summary>
    public static DemoPopulation Read(string path, string areaCode)
    {
        DemoPopulation? latest = null;
        foreach (var row in CsvFile.Read(path, Columns))
        {
            var isArea = row.Raw("geographic_level") == "Local authority"
                && (row.Raw("new_la_code") == areaCode || row.Raw("old_la_code") == areaCode);

            // Suppression codes (x, z, c) mean no estimate for that row; another population_type row has it.
            if (!isArea || !int.TryParse(row.Raw("population_estimate"), NumberStyles.None, CultureInfo.InvariantCulture, out var children))
            {
                continue;
            }

            var year = (int)row.Number("time_period");
            if (latest is null || year > latest.Year)
            {
                latest = FromChildren(row.Raw("new_la_code"), row.Raw("old_la_code"), row.Raw("la_name"), year, children);
            }
        }

        return latest ?? throw new CsvDataException($"{Path.GetFileName(path)}: no local authority population for '{areaCode}'.");
    }
}
