using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>
/// One row of <c>data/demo/planted_events.csv</c>: a change applied to one indicator of the demo returns. Rows of a
/// multi-indicator event share an id. The magnitude is in the indicator's own units (points, or rate per 10,000). The
/// note is what the agency wrote on the row of the event's first quarter; empty when it wrote nothing.
/// </summary>
public sealed record PlantedEvent(
    string Id,
    string IndicatorId,
    PlantedEventKind Kind,
    Period FirstPeriod,
    Period LastPeriod,
    double Magnitude,
    string Description,
    string Note = "")
{
    public bool Covers(Period quarter) => quarter >= FirstPeriod && quarter <= LastPeriod;
}
