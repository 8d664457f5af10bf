namespace Safeguarding.Analytics.Warehouse.Records;

/// <summary>
/// One youth justice outcome for a pseudonymised person (a salted hash made by the sender): their age in whole years
/// on the day, the day, what the outcome was and the local authority responsible.
/// </summary>
public sealed record YouthJusticeOutcome(
    string PersonId,
    int AgeAtOutcome,
    DateOnly OutcomeDate,
    OutcomeType OutcomeType,
    string AreaCode);

/// <summary>
/// The outcomes of the youth justice system. A first-time entrant receives their first youth caution, youth
/// conditional caution or court sentence; a community resolution does not bring a child into the system.
/// </summary>
public enum OutcomeType
{
    YouthCaution,
    YouthConditionalCaution,
    CourtSentence,
    CommunityResolution,
}

public static class OutcomeTypes
{
    /// <summary>Whether the outcome brings a child into the youth justice system (it counts towards first-time entrants).</summary>
    public static bool EntersYouthJustice(this OutcomeType type) => type is OutcomeType.YouthCaution or OutcomeType.YouthConditionalCaution or OutcomeType.CourtSentence;

    /// <summary>The name used in files and in the warehouse: <c>youth_caution</c>, <c>court_sentence</c>…</summary>
    public static string Code(this OutcomeType type) => type switch
    {
        OutcomeType.YouthCaution => "youth_caution",
        OutcomeType.YouthConditionalCaution => "youth_conditional_caution",
        OutcomeType.CourtSentence => "court_sentence",
        _ => "community_resolution",
    };

    public static IReadOnlyList<OutcomeType> All { get; } = Enum.GetValues<OutcomeType>();

    public static bool TryParse(string? code, out OutcomeType type)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }
}
