using Safeguarding.Analytics.Warehouse.Catalogue;

namespace Safeguarding.Analytics.Dashboard.Tests.Overview;

/// <summary>Two catalogue entries as the real catalogue defines them.</summary>
internal static class Indicators
{
    public static readonly Indicator CppRate = new()
    {
        Id = "cpp_rate_per_10k",
        Name = "Child protection plans per 10,000 children",
        PriorityId = "neglect",
        Domain = "Child protection",
        LeadAgency = "Children's social care",
        Unit = "per 10,000 children",
        Multiplier = 10000,
        ValueType = IndicatorValueType.Rate,
        Polarity = Polarity.Neutral,
        Frequency = Frequency.Quarterly,
        ComparatorSource = "LAIT",
        ComparatorMeasure = "CPP_rate",
        Definition = "Children subject to a plan per 10,000 children.",
    };

    public static readonly Indicator CpVisits = new()
    {
        Id = "cp_visits_timely_pct",
        Name = "Child protection visits within timescales",
        PriorityId = "neglect",
        Domain = "Child protection",
        LeadAgency = "Children's social care",
        Unit = "% of visits due",
        Multiplier = 100,
        ValueType = IndicatorValueType.Proportion,
        Polarity = Polarity.HighIsGood,
        Frequency = Frequency.Quarterly,
        Definition = "Visits within 10 working days.",
    };
}
