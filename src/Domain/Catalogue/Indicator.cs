namespace Safeguarding.Analytics.Domain.Catalogue;

/// <summary>One measure of the board's Performance Management Framework.</summary>
public sealed record Indicator
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string PriorityId { get; init; }
    public required string Domain { get; init; }
    public required string LeadAgency { get; init; }

    /// <summary>What the value is, in words: "% of referrals", "per 10,000 children".</summary>
    public required string Unit { get; init; }

    /// <summary>1 for counts and means, 100 for percentages, 10,000 or 100,000 for rates.</summary>
    public required int Multiplier { get; init; }

    public required IndicatorValueType ValueType { get; init; }
    public required Polarity Polarity { get; init; }
    public required Frequency Frequency { get; init; }

    /// <summary>
    /// Whether a quarter's figure is sent as a yearly rate (× 4, so it reads against DfE's yearly rate); see
    /// <see cref="FigureScale"/>. Only a quarterly rate may be annualised.
    /// </summary>
    public QuarterAnnualisation QuarterAnnualisation { get; init; } = QuarterAnnualisation.None;
    public double? Target { get; init; }

    /// <summary>The comparator dataset the indicator maps to, e.g. "LAIT"; null for local-only measures.</summary>
    public string? ComparatorSource { get; init; }

    /// <summary>The measure in that dataset, e.g. LAIT's <c>CPP_rate</c>.</summary>
    public string? ComparatorMeasure { get; init; }

    /// <summary>How the comparator's years map onto periods; null for local-only measures.</summary>
    public ComparatorYearType? ComparatorYearType { get; init; }

    public required string Definition { get; init; }
    public int DecimalPlaces { get; init; } = 1;
}
