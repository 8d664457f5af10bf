using System.Globalization;

namespace Safeguarding.Analytics.Ingest.Records.Synthetic;

/// <summary>
/// Mid-year estimates of children aged 10–17, made up from each authority's latest 0–17 population: 46% of it (England's
/// share of 0–17s who are 10–17, as the demo data assumes), growing about 1.3% a year to the latest year as England's
/// 10–17s did over the decade, with a deterministic wobble of up to ±1% so no two authorities move in step.
/// </summary>
internal static class SyntheticPopulation
{
    public const string Header = "area_code,mid_year,aged_10_to_17";

    private const double Growth = 0.013;
    private const double Wobble = 0.01;

    public static void Write(SyntheticRecordOptions options, IReadOnlyList<SyntheticArea> areas, SyntheticCsvWriter file)
    {
        var random = new SyntheticRandom(options.Seed ^ 0x3F);
        foreach (var area in areas)
        {
            for (var year = options.FirstYearStart; year <= options.LastYearStart; year++)
            {
                var trend = Math.Pow(1 + Growth, year - options.LastYearStart);
                var wobble = 1 + (((random.NextDouble() * 2) - 1) * Wobble);
                var children = (long)Math.Round(area.Children0To17 * 0.46 * trend * wobble, MidpointRounding.AwayFromZero);
                file.Raw(area.CodeBytes).Comma().Text(year.ToString(CultureInfo.InvariantCulture)).Comma().Number(children).EndRow();
            }
        }
    }
}
