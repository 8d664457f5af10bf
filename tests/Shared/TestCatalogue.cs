using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Tests.Support;

/// <summary>Catalogue entries as the real catalogue defines them, for tests that need a few by hand.</summary>
internal static class TestCatalogue
{
    public static readonly BoardPriority Neglect = new("neglect", "Neglect and child protection", 3, "Recognising neglect.");

    public static readonly BoardPriority DomesticAbuse = new("domestic_abuse", "Domestic abuse", 1, "Children living with domestic abuse.");

    public static readonly Indicator CppRate = new()
    {
        Id = "cpp_rate_per_10k",
        Name = "Child protection plans per 10,000 children",
        PriorityId = Neglect.Id,
        Domain = "Child protection",
        LeadAgency = "Children's social care",
        Unit = "per 10,000 children",
        Multiplier = 10000,
        ValueType = IndicatorValueType.Rate,
        Polarity = Polarity.Neutral,
        Frequency = Frequency.Quarterly,
        ComparatorSource = "LAIT",
        ComparatorMeasure = "CPP_rate",
        ComparatorYearType = ComparatorYearType.FinancialYearEnding,
        Definition = "Children subject to a child protection plan at the end of the period, per 10,000 children aged 0-17.",
    };

    public static readonly Indicator CpVisits = CppRate with
    {
        Id = "cp_visits_timely_pct",
        Name = "Child protection visits within timescales",
        Unit = "% of visits due",
        Multiplier = 100,
        ValueType = IndicatorValueType.Proportion,
        Polarity = Polarity.HighIsGood,
        Target = 95,
        ComparatorSource = null,
        ComparatorMeasure = null,
        ComparatorYearType = null,
        Definition = "Statutory visits to children subject to a plan made within 10 working days of the previous visit.",
    };

    public static readonly Indicator RepeatDa = CpVisits with
    {
        Id = "repeat_da_pct",
        Name = "Repeat domestic abuse victims within 12 months (MARAC)",
        PriorityId = DomesticAbuse.Id,
        Domain = "Domestic abuse",
        LeadAgency = "Police",
        Unit = "% of MARAC cases",
        Polarity = Polarity.LowIsGood,
        Target = 25.5,
        Definition = "Repeats within 12 months; it's \"SafeLives\" — d'accord.",
    };
}
