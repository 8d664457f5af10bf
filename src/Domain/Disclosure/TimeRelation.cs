namespace Safeguarding.Analytics.Domain.Disclosure;

/// <summary>How an indicator's year follows from its quarters, read from its own figures.</summary>
public enum TimeRelation
{
    /// <summary>Neither: no sum across time is assumed.</summary>
    None,

    /// <summary>Events in the period: the year is the sum of its four quarters.</summary>
    Flow,

    /// <summary>A count at a date ("at 31 March"): the year is its fourth quarter.</summary>
    Stock,
}
