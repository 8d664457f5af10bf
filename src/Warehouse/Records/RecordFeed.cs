namespace Safeguarding.Analytics.Warehouse.Records;

/// <summary>The kinds of record-level file the service loads.</summary>
public enum RecordFeed
{
    DomesticAbuseIncidents,
    YouthJusticeOutcomes,
    ChildPopulation,
}
