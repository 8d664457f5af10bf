using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Warehouse.ReferenceData;

/// <summary>Reads the board's priorities and indicator catalogue (<c>priorities.csv</c>, <c>indicators.csv</c>).</summary>
public static class CatalogueFile
{
    public const string PrioritiesFileName = "priorities.csv";
    public const string IndicatorsFileName = "indicators.csv";

    private static readonly int[] Multipliers = [1, 100, 1000, 10000, 100000];

    public static IReadOnlyList<BoardPriority> ReadPriorities(string path)
    {
        var priorities = new List<BoardPriority>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(path, "id", "order", "name", "description"))
        {
            var priority = new BoardPriority(row.Text("id"), row.Text("name"), row.WholeNumber("order"), row.Raw("description"));
            if (!ids.Add(priority.Id))
            {
                throw row.Error("id", $"priority '{priority.Id}' appears more than once.");
            }

            priorities.Add(priority);
        }

        return [.. priorities.OrderBy(p => p.Order)];
    }

    public static IReadOnlyList<Indicator> ReadIndicators(string path, IEnumerable<BoardPriority> priorities)
    {
        var priorityIds = priorities.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var indicators = new List<Indicator>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(path, IndicatorColumns))
        {
            var indicator = ReadIndicator(row);
            if (!ids.Add(indicator.Id))
            {
                throw row.Error("id", $"indicator '{indicator.Id}' appears more than once.");
            }

            if (!priorityIds.Contains(indicator.PriorityId))
            {
                throw row.Error("priority_id", $"'{indicator.PriorityId}' is not a priority in {PrioritiesFileName}.");
            }

            indicators.Add(indicator);
        }

        return indicators;
    }

    private static readonly string[] IndicatorColumns =
    [
        "id", "name", "priority_id", "domain", "lead_agency", "unit", "multiplier", "value_type", "polarity", "frequency",
        "quarter_annualisation", "target", "comparator_source", "comparator_measure", "comparator_year_type", "decimal_places", "definition",
    ];

    private static Indicator ReadIndicator(CsvRecord row)
    {
        var multiplier = row.WholeNumber("multiplier");
        if (!Multipliers.Contains(multiplier))
        {
            throw row.Error("multiplier", $"{multiplier} is not one of {string.Join(", ", Multipliers)}.");
        }

        var indicator = new Indicator
        {
            Id = row.Text("id"),
            Name = row.Text("name"),
            PriorityId = row.Text("priority_id"),
            Domain = row.Text("domain"),
            LeadAgency = row.Text("lead_agency"),
            Unit = row.Text("unit"),
            Multiplier = multiplier,
            ValueType = row.Enum<IndicatorValueType>("value_type"),
            Polarity = row.Enum<Polarity>("polarity"),
            Frequency = row.Enum<Frequency>("frequency"),
            QuarterAnnualisation = row.Enum<QuarterAnnualisation>("quarter_annualisation"),
            Target = row.OptionalNumber("target"),
            ComparatorSource = row.OptionalText("comparator_source"),
            ComparatorMeasure = row.OptionalText("comparator_measure"),
            ComparatorYearType = row.OptionalEnum<ComparatorYearType>("comparator_year_type"),
            DecimalPlaces = row.OptionalWholeNumber("decimal_places") ?? 1,
            Definition = row.Text("definition"),
        };

        // A comparator needs all three parts to be loaded.
        if (indicator.ComparatorSource is not null && (indicator.ComparatorMeasure is null || indicator.ComparatorYearType is null))
        {
            var missing = indicator.ComparatorMeasure is null ? "comparator_measure" : "comparator_year_type";
            throw row.Error(missing, $"required because comparator_source is '{indicator.ComparatorSource}'.");
        }

        // Only a quarter's rate of events can be read as a yearly rate: a proportion, a count or an annual figure cannot.
        if (indicator.QuarterAnnualisation != QuarterAnnualisation.None
            && (indicator.ValueType != IndicatorValueType.Rate || indicator.Frequency != Frequency.Quarterly))
        {
            throw row.Error("quarter_annualisation", $"'{indicator.QuarterAnnualisation}' needs a quarterly Rate; '{indicator.Id}' is a {indicator.Frequency.ToString().ToLowerInvariant()} {indicator.ValueType}. Use None.");
        }

        return indicator;
    }
}
