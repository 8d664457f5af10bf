using System.Globalization;
using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// Flat shapes that Dapper maps to and from the catalogue tables; enums travel as their names.
internal sealed class PriorityRow
{
    public string Id { get; set; } = "";
    public long SortOrder { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";

    public BoardPriority ToPriority() => new(Id, Name, (int)SortOrder, Description);
}

internal sealed class IndicatorRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string PriorityId { get; set; } = "";
    public string Domain { get; set; } = "";
    public string LeadAgency { get; set; } = "";
    public string Unit { get; set; } = "";
    public long Multiplier { get; set; }
    public string ValueType { get; set; } = "";
    public string Polarity { get; set; } = "";
    public string Frequency { get; set; } = "";
    public string QuarterAnnualisation { get; set; } = nameof(global::Safeguarding.Analytics.Domain.Catalogue.QuarterAnnualisation.None);
    public double? Target { get; set; }
    public string? ComparatorSource { get; set; }
    public string? ComparatorMeasure { get; set; }
    public string? ComparatorYearType { get; set; }
    public long DecimalPlaces { get; set; }
    public string Definition { get; set; } = "";

    public static IndicatorRow From(Indicator i) => new()
    {
        Id = i.Id,
        Name = i.Name,
        PriorityId = i.PriorityId,
        Domain = i.Domain,
        LeadAgency = i.LeadAgency,
        Unit = i.Unit,
        Multiplier = i.Multiplier,
        ValueType = i.ValueType.ToString(),
        Polarity = i.Polarity.ToString(),
        Frequency = i.Frequency.ToString(),
        QuarterAnnualisation = i.QuarterAnnualisation.ToString(),
        Target = i.Target,
        ComparatorSource = i.ComparatorSource,
        ComparatorMeasure = i.ComparatorMeasure,
        ComparatorYearType = i.ComparatorYearType?.ToString(),
        DecimalPlaces = i.DecimalPlaces,
        Definition = i.Definition,
    };

    public Indicator ToIndicator() => new()
    {
        Id = Id,
        Name = Name,
        PriorityId = PriorityId,
        Domain = Domain,
        LeadAgency = LeadAgency,
        Unit = Unit,
        Multiplier = checked((int)Multiplier),
        ValueType = Enum.Parse<IndicatorValueType>(ValueType),
        Polarity = Enum.Parse<Polarity>(Polarity),
        Frequency = Enum.Parse<Frequency>(Frequency),
        QuarterAnnualisation = Enum.Parse<QuarterAnnualisation>(QuarterAnnualisation),
        Target = Target,
        ComparatorSource = ComparatorSource,
        ComparatorMeasure = ComparatorMeasure,
        ComparatorYearType = ComparatorYearType is null ? null : Enum.Parse<ComparatorYearType>(ComparatorYearType),
        DecimalPlaces = checked((int)DecimalPlaces),
        Definition = Definition,
    };
}

internal sealed class EditRow
{
    public long Id { get; set; }
    public string Entity { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string EditedBy { get; set; } = "";
    public object EditedAt { get; set; } = "";
    public string? BeforeJson { get; set; }
    public string AfterJson { get; set; } = "";

    // SQLite keeps edit times as ISO-8601 text, PostgreSQL as timestamptz.
    public CatalogueEdit ToEdit() => new(Id, Entity, EntityId, EditedBy, EditedAt switch
    {
        DateTime d => DateTime.SpecifyKind(d.ToUniversalTime(), DateTimeKind.Utc),
        string s => DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        var other => throw new InvalidOperationException($"Unexpected edit time {other}."),
    }, BeforeJson, AfterJson);
}
