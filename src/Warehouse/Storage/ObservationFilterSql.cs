using System.Text;

namespace Safeguarding.Analytics.Warehouse.Storage;

/// <summary>
/// The WHERE conditions of an <see cref="ObservationQuery"/> over the observations columns, shared by both engines;
/// each engine supplies how a value reaches its SQL (a parameter or an escaped literal).
/// </summary>
internal static class ObservationFilterSql
{
    /// <summary>True when an empty filter collection means the query matches nothing.</summary>
    public static bool MatchesNothing(ObservationQuery query) =>
        query.IndicatorIds is { Count: 0 } || query.AreaCodes is { Count: 0 } || query.PeriodKeys is { Count: 0 };

    public static IReadOnlyList<string> Conditions(ObservationQuery query, Func<string, string> text, Func<DateOnly, string> date)
    {
        var conditions = new List<string>();
        AddIn(conditions, "indicator_id", query.IndicatorIds, text);
        AddIn(conditions, "area_code", query.AreaCodes, text);
        if (query.AreaCodes is not null && query.EveryAreaFrom is { } everyArea)
        {
            var areas = conditions[^1];
            conditions[^1] = $"({areas} OR period_start >= {date(everyArea.Start)})";
        }

        AddIn(conditions, "period_key", query.PeriodKeys, text);
        if (query.From is { } from)
        {
            conditions.Add($"period_start >= {date(from.Start)}");
        }

        if (query.To is { } to)
        {
            conditions.Add($"period_end <= {date(to.End)}");
        }

        if (query.PeriodKind is { } kind)
        {
            conditions.Add($"period_kind = {text(kind.ToString())}");
        }

        return conditions;
    }

    public static string Where(IReadOnlyList<string> conditions) =>
        conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions);

    private static void AddIn(List<string> conditions, string column, IReadOnlyCollection<string>? values, Func<string, string> text)
    {
        if (values is null)
        {
            return;
        }

        var list = new StringBuilder();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            list.Append(list.Length == 0 ? string.Empty : ", ").Append(text(value));
        }

        conditions.Add($"{column} IN ({list})");
    }
}
