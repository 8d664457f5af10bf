namespace Safeguarding.Analytics.Domain.Catalogue;

public enum IndicatorValueType
{
    /// <summary>Numerator over denominator times the multiplier (percentages use 100).</summary>
    Proportion,

    /// <summary>Events per population times the multiplier (per 10,000 or 100,000).</summary>
    Rate,

    Count,

    /// <summary>An average, such as caseload per social worker or days.</summary>
    Mean,
}
