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

    /// <summary>
    /// The rows a query reads, as a SELECT over <paramref name="table"/>. With <see cref="ObservationQuery.EveryAreaFrom"/>
    /// the named areas' rows and every other area's recent rows are two filters joined by UNION ALL: each engine uses
    /// each filter well, where an OR of the two makes it read every row.
    /// </summary>
    public static string Select(ObservationQuery query, string table, Func<string, string> text, Func<DateOnly, string> date)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.AreaCodes is null || query.EveryAreaFrom is not { } from)
        {
            return $"SELECT * FROM {table} {Where(Conditions(query, text, date))}";
        }

        var named = Conditions(query with { EveryAreaFrom = null }, text, date);
        var others = Conditions(query with { AreaCodes = null, EveryAreaFrom = null }, text, date).ToList();
        AddIn(others, "area_code", query.AreaCodes, text);
        others[^1] = "NOT " + others[^1];
        others.Add($"period_start >= {date(from.Start)}");
        return $"SELECT * FROM {table} {Where(named)} UNION ALL SELECT * FROM {table} {Where(others)}";
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
