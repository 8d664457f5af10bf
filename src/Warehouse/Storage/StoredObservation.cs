using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Warehouse.Storage;

/// <summary>
/// Checks a row before either engine writes it and gives the period columns stored beside the key. Text with a NUL
/// character is refused: DuckDB.NET cuts strings at NUL, and silently changing what a partner sent is worse than a
/// clear error at load time.
/// </summary>
internal static class StoredObservation
{
    public static void CheckLoad(ObservationLoad load)
    {
        CheckText(load.LoadId, "load id");
        CheckText(load.Source, "load source");
        CheckText(load.Description, "load description");
        CheckText(load.SubmissionKey, "submission key");
    }

    public static Period PeriodOf(Observation observation)
    {
        CheckText(observation.IndicatorId, "indicator id");
        CheckText(observation.AreaCode, "area code");
        CheckText(observation.Source, "source");
        CheckText(observation.StatusReason, "status reason");
        return Period.TryParse(observation.PeriodKey, out var period)
            ? period
            : throw new FormatException(
                $"Observation {observation.IndicatorId}/{observation.AreaCode} has period key '{observation.PeriodKey}', which is not a period.");
    }

    private static void CheckText(string? value, string what)
    {
        if (value is not null && value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"The {what} '{value.Replace('\0', '?')}' contains a NUL character; clean it before loading.");
        }
    }
}
