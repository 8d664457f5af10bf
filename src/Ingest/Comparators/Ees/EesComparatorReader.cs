using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Comparators.Ees;

/// <summary>
/// Reads a DfE explore-education-statistics file (children in need c1, child protection plans d5, children looked
/// after) by column name, whatever the columns' order, into observations of the mapped indicators for England,
/// regions and local authorities. A row's area is its new LA code, else its old one, resolved through the area list,
/// so code changes land on the area the list names. Suppression codes are kept as the reason there is no value.
/// </summary>
public sealed class EesComparatorReader(AreaDirectory areas, IEnumerable<Indicator> catalogue)
{
    public const string Source = "DfE EES";

    private static readonly string[] GeographyColumns = ["time_period", "geographic_level", "region_code", "old_la_code", "new_la_code"];

    private readonly AggregatePlausibilityRule _plausibility = new(areas, catalogue);

    /// <summary>The dataset whose signature columns the header holds, or null.</summary>
    public static string? Recognise(IReadOnlyCollection<string> header, IReadOnlyList<EesMeasure> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var columns = header.Select(c => c.Trim().Trim('\uFEFF', '"')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return GeographyColumns.All(columns.Contains)
            ? measures.FirstOrDefault(m => m.SignatureColumns.All(columns.Contains))?.Dataset
            : null;
    }

    /// <summary>Every mapped observation of the dataset, implausible aggregates made Invalid.</summary>
    /// <exception cref="CsvDataException">A cell cannot be read; the message names the file, row and column.</exception>
    public IReadOnlyList<Observation> Read(TextReader text, string fileName, IReadOnlyList<EesMeasure> datasetMeasures)
    {
        ArgumentNullException.ThrowIfNull(datasetMeasures);
        var required = GeographyColumns
            .Concat(datasetMeasures.SelectMany(m => new[] { m.FilterColumn, m.ValueColumn, m.NumeratorColumn, m.DenominatorColumn }).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var observations = new List<Observation>();
        var seen = new Dictionary<(string, string, string), int>();
        foreach (var row in CsvFile.Read(text, fileName, required))
        {
            if (AreaOf(row) is not { } area)
            {
                continue;
            }

            var period = PeriodOf(row);
            foreach (var measure in datasetMeasures.Where(m => m.FilterColumn is null || string.Equals(row.Raw(m.FilterColumn), m.FilterValue, StringComparison.OrdinalIgnoreCase)))
            {
                if (seen.TryGetValue((measure.IndicatorId, area.Code, period.Key), out var earlier))
                {
                    throw row.Error(measure.ValueColumn, $"{measure.IndicatorId} for {area.Name} ({area.Code}) in {period.Key} is already given in row {earlier}.");
                }

                seen[(measure.IndicatorId, area.Code, period.Key)] = row.Row;
                observations.Add(Observe(row, measure, area, period));
            }
        }

        return _plausibility.Apply(observations);
    }

    private Area? AreaOf(CsvRecord row)
    {
        var (column, code) = row.Raw("geographic_level") switch
        {
            "National" => ((string?)null, areas.England.Code),
            "Regional" => ("region_code", row.Raw("region_code")),
            "Local authority" => row.Raw("new_la_code") is { Length: > 0 } newCode ? ("new_la_code", newCode) : ("old_la_code", row.Raw("old_la_code")),
            _ => (null, string.Empty),
        };
        if (code.Length == 0)
        {
            return null;
        }

        return areas.TryResolve(code, out var area)
            ? area
            : throw row.Error(column ?? "geographic_level", $"'{code}' is not the ONS or DfE code of any area in {AreasFile.AreasFileName}.");
    }

    private static Period PeriodOf(CsvRecord row)
    {
        var year = row.WholeNumber("time_period");
        return year is >= 1990 and <= 2100
            ? Period.FromDfeTimePeriod(year, calendarYear: false)
            : throw row.Error("time_period", $"{year} is not a year of publication.");
    }

    private static Observation Observe(CsvRecord row, EesMeasure measure, Area area, Period period)
    {
        if (!PublishedValue.TryParse(row.Raw(measure.ValueColumn), out var value))
        {
            throw row.Error(measure.ValueColumn, $"'{row.Raw(measure.ValueColumn)}' is neither a number nor a known suppression code.");
        }

        return new Observation
        {
            IndicatorId = measure.IndicatorId,
            AreaCode = area.Code,
            PeriodKey = period.Key,
            Value = value.Value,
            Numerator = Count(row, measure.NumeratorColumn),
            Denominator = Count(row, measure.DenominatorColumn),
            Status = value.Status,
            StatusReason = value.Reason,
            Source = Source,
        };
    }

    /// <summary>A numerator or denominator; a code there only means the count is not published.</summary>
    private static double? Count(CsvRecord row, string? column) =>
        column is not null && PublishedValue.TryParse(row.Raw(column), out var count) ? count.Value
        : column is null ? null
        : throw row.Error(column, $"'{row.Raw(column)}' is neither a number nor a known suppression code.");
}
