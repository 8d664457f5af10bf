using Safeguarding.Analytics.Warehouse.Records;

namespace Safeguarding.Analytics.Ingest.Records;

/// <summary>
/// The columns of each record feed file, in the order the service writes them (a sender may put them in any order),
/// and how a file's header says which feed it is.
/// </summary>
public static class RecordFeedFormats
{
    public static IReadOnlyList<string> IncidentColumns { get; } =
        ["incident_id", "victim_id", "perpetrator_id", "incident_date", "area_code", "risk_level", "marac_referral"];

    public static IReadOnlyList<string> OutcomeColumns { get; } =
        ["person_id", "age_at_outcome", "outcome_date", "outcome_type", "area_code"];

    public static IReadOnlyList<string> PopulationColumns { get; } = ["area_code", "mid_year", "aged_10_to_17"];

    public static IReadOnlyList<string> ColumnsOf(RecordFeed feed) => feed switch
    {
        RecordFeed.DomesticAbuseIncidents => IncidentColumns,
        RecordFeed.YouthJusticeOutcomes => OutcomeColumns,
        _ => PopulationColumns,
    };

    /// <summary>The feed in plain words, for messages and load descriptions.</summary>
    public static string Describe(RecordFeed feed) => feed switch
    {
        RecordFeed.DomesticAbuseIncidents => "domestic abuse incidents",
        RecordFeed.YouthJusticeOutcomes => "youth justice outcomes",
        _ => "child population",
    };

    /// <summary>
    /// The feed whose header this is, by the column only that feed has (<c>incident_id</c>, <c>outcome_type</c>,
    /// <c>aged_10_to_17</c>), so a file with a column too many is still recognised and then refused by name; null
    /// when the header is none of them.
    /// </summary>
    public static RecordFeed? Recognise(string headerLine)
    {
        ArgumentNullException.ThrowIfNull(headerLine);
        var names = headerLine.TrimStart('\uFEFF').Split(',').Select(Name).ToHashSet(StringComparer.Ordinal);
        return names.Contains("incident_id") ? RecordFeed.DomesticAbuseIncidents
            : names.Contains("outcome_type") ? RecordFeed.YouthJusticeOutcomes
            : names.Contains("aged_10_to_17") ? RecordFeed.ChildPopulation
            : null;
    }

    /// <summary>A header cell as a column name: unquoted, trimmed, lower case.</summary>
    internal static string Name(string cell) => cell.Trim().Trim('"').Trim().ToLowerInvariant();
}
