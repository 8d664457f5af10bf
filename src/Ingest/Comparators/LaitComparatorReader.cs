using System.Globalization;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Comparators;

/// <summary>
/// Reads DfE LAIT's long file (<c>measure_short, time_period, la_number, la_name, region, value_raw, value</c>) into
/// observations of every catalogue indicator whose comparator is a LAIT measure, for LAs, regions and England.
/// </summary>
public sealed class LaitComparatorReader
{
    public const string Source = "LAIT";
    public const string FileName = "lait_safeguarding_indicators_long.csv";

    private readonly AreaDirectory _areas;
    private readonly ILookup<string, Indicator> _indicatorsByMeasure;
    private readonly AggregatePlausibilityRule _plausibility;

    public LaitComparatorReader(AreaDirectory areas, IEnumerable<Indicator> catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var indicators = catalogue.ToList();
        _areas = areas;
        _indicatorsByMeasure = indicators
            .Where(i => string.Equals(i.ComparatorSource, Source, StringComparison.OrdinalIgnoreCase) && i.ComparatorMeasure is not null)
            .ToLookup(i => i.ComparatorMeasure!, StringComparer.Ordinal);
        _plausibility = new AggregatePlausibilityRule(areas, indicators);
    }

    public LaitComparatorReader(ReferenceDataSet referenceData)
        : this(referenceData?.Areas!, referenceData?.Indicators!)
    {
    }

    /// <summary>The columns that make a file LAIT's long layout.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["measure_short", "time_period", "la_number", "value_raw"];

    /// <summary>The observations exactly as published, codes read as statuses.</summary>
    public IReadOnlyList<Observation> Read(string path) => Read(CsvFile.Read(path, [.. Columns]));

    /// <summary>The observations of LAIT text that is not a file on disk, such as an upload or an inbox file.</summary>
    public IReadOnlyList<Observation> Read(TextReader text, string fileName) => Read(CsvFile.Read(text, fileName, [.. Columns]));

    /// <summary>The observations with published aggregates that are not valid rates marked Invalid.</summary>
    public IReadOnlyList<Observation> ReadChecked(TextReader text, string fileName) => _plausibility.Apply(Read(text, fileName));

    /// <summary>
    /// Every row of a catalogue measure as an observation. A figure (indicator, area, period) given twice — the same row
    /// repeated, or one year written both as 2024 and as 2023-24 — is refused with both rows named: loaded, the two would
    /// be versions of equal rank and which one the dashboard showed would be left to chance.
    /// </summary>
    private List<Observation> Read(IEnumerable<CsvRecord> rows)
    {
        var observations = new List<Observation>();
        var firstRows = new Dictionary<(string IndicatorId, string AreaCode, string PeriodKey), int>();
        foreach (var row in rows)
        {
            foreach (var indicator in _indicatorsByMeasure[row.Raw("measure_short")])
            {
                var observation = ReadObservation(row, indicator);
                var figure = (observation.IndicatorId, observation.AreaCode, observation.PeriodKey);
                if (firstRows.TryGetValue(figure, out var earlier))
                {
                    throw row.Error(
                        "time_period",
                        $"{row.Raw("measure_short")} for {row.Text("la_number")} ({observation.AreaCode}) in {observation.PeriodKey} is already given in row {earlier}; give each figure once.");
                }

                firstRows[figure] = row.Row;

                observations.Add(observation);
            }
        }

        return observations;
    }

    /// <summary>The observations with published aggregates that are not valid rates marked Invalid.</summary>
    public IReadOnlyList<Observation> ReadChecked(string path) => _plausibility.Apply(Read(path));

    private Observation ReadObservation(CsvRecord row, Indicator indicator)
    {
        var laNumber = row.Text("la_number");
        if (!_areas.TryResolve(laNumber, out var area))
        {
            throw row.Error("la_number", $"'{laNumber}' is not the DfE code of any area in {AreasFile.AreasFileName}.");
        }

        if (!PublishedValue.TryParse(row.Raw("value_raw"), out var value))
        {
            throw row.Error("value_raw", $"'{row.Raw("value_raw")}' is neither a number nor a known suppression code.");
        }

        return new Observation
        {
            IndicatorId = indicator.Id,
            AreaCode = area.Code,
            PeriodKey = PeriodOf(row, indicator).Key,
            Value = value.Value,
            Status = value.Status,
            StatusReason = value.Reason,
            Source = Source,
            Version = 1,
        };
    }

    private static Period PeriodOf(CsvRecord row, Indicator indicator)
    {
        var text = row.Text("time_period");
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return indicator.ComparatorYearType!.Value.PeriodOf(year);
        }

        // A few measures are published against a financial year key such as "2024-25".
        return Period.TryParse(text, out var period) && period.Kind == PeriodKind.FinancialYear
            ? period
            : throw row.Error("time_period", $"'{text}' is neither a year nor a financial year such as 2024-25.");
    }
}
