using Safeguarding.Analytics.Domain.Areas;

namespace Safeguarding.Analytics.Warehouse.ReferenceData;

/// <summary>Reads the project's area list (<c>areas.csv</c>) and the DfE statistical neighbour model.</summary>
public static class AreasFile
{
    /// <summary>The area directory from the area list and the statistical neighbour model.</summary>
    public static AreaDirectory LoadDirectory(string areasPath, string neighboursPath)
    {
        var areas = ReadAreas(areasPath);
        var byDfeCode = areas.Where(a => a.DfeCode is not null).ToDictionary(a => a.DfeCode!, a => a.Code);
        var neighbours = ReadNeighbours(neighboursPath, dfe => byDfeCode.GetValueOrDefault(dfe));
        return new AreaDirectory(areas, neighbours);
    }

    public const string AreasFileName = "areas.csv";
    public const string NeighboursFileName = "dfe_statistical_neighbours_sn_model_2025_wide.csv";

    /// <summary>Neighbours per local authority in the DfE model.</summary>
    public const int NeighbourCount = 10;

    public static IReadOnlyList<Area> ReadAreas(string path) =>
    [
        .. CsvFile.Read(path, "code", "dfe_code", "name", "kind", "region_code", "former_codes", "last_year", "successor_codes", "sub_region_code")
            .Select(row => new Area
            {
                Code = row.Text("code"),
                DfeCode = row.OptionalText("dfe_code"),
                Name = row.Text("name"),
                Kind = row.Enum<AreaKind>("kind"),
                RegionCode = row.OptionalText("region_code"),
                FormerCodes = row.List("former_codes"),
                LastYear = row.OptionalWholeNumber("last_year"),
                SuccessorCodes = row.List("successor_codes"),
                SubRegionCode = row.OptionalText("sub_region_code"),
            }),
    ];

    /// <summary>
    /// Reads the wide SN file (<c>old_la_code</c>, <c>SN_1</c>..<c>SN_10</c> as DfE codes, <c>SN_nP</c> closeness
    /// bands with trailing spaces), naming areas by the ONS code <paramref name="onsCodeOf"/> gives a DfE code.
    /// </summary>
    public static IReadOnlyList<StatisticalNeighbour> ReadNeighbours(string path, Func<string, string?> onsCodeOf)
    {
        var columns = new List<string> { "old_la_code" };
        for (var rank = 1; rank <= NeighbourCount; rank++)
        {
            columns.Add($"SN_{rank}");
            columns.Add($"SN_{rank}P");
        }

        var neighbours = new List<StatisticalNeighbour>();
        foreach (var row in CsvFile.Read(path, columns))
        {
            var areaCode = OnsCode(row, "old_la_code", onsCodeOf);
            for (var rank = 1; rank <= NeighbourCount; rank++)
            {
                var neighbourCode = OnsCode(row, $"SN_{rank}", onsCodeOf);
                neighbours.Add(new StatisticalNeighbour(areaCode, neighbourCode, rank, row.Text($"SN_{rank}P")));
            }
        }

        return neighbours;
    }

    private static string OnsCode(CsvRecord row, string column, Func<string, string?> onsCodeOf)
    {
        var dfeCode = row.Text(column);
        return onsCodeOf(dfeCode) ?? throw row.Error(column, $"DfE code '{dfeCode}' is not in {AreasFileName}.");
    }
}
