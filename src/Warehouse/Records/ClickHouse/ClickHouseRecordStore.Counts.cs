using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Records.ClickHouse;

/// <summary>
/// The derived indicators counted on the server, per victim and per person, then per area and quarter, in the SQL of
/// 18.16 (no window functions, no CTEs): per-victim day lists with groupArray and ARRAY JOIN, first entries as the least
/// of one number per outcome, and the area × quarter grid with its rolling year and population from small per-area arrays.
/// </summary>
public sealed partial class ClickHouseRecordStore
{
    public async Task<IReadOnlyList<DerivedCount>> CountRepeatDomesticAbuseAsync(CancellationToken cancellationToken = default)
    {
        var incidents = $"{database}.{ClickHouseRecordSchema.Incidents.Name}";
        var referred = $"marac_referral = 1 AND {Committed(RecordFeed.DomesticAbuseIncidents)}";
        var areaRows = await QueryRowsAsync($"SELECT area_code FROM {incidents} WHERE {referred} GROUP BY area_code", cancellationToken).ConfigureAwait(false);
        if (areaRows.Count == 0)
        {
            return [];
        }

        // Areas travel through the per-victim arrays as their rank (in ordinal order): strings there cost twice the time.
        var areas = areaRows.Select(r => TabSeparatedRows.Required(r[0])).Order(StringComparer.Ordinal).ToList();
        var rows = await QueryRowsAsync(
            $"""
            SELECT area_rank, q, sum(is_repeat), count()
            FROM
            (
                SELECT area_rank, toInt64(intDiv(toYear(d) * 12 + toMonth(d) - 4, 3)) AS q, indexOf(days, d) AS day_number,
                       day_number > 1 AND days[day_number - 1] >= addMonths(d, -12) AS is_repeat
                FROM
                (
                    SELECT groupArray(incident_date) AS dates, groupArray({AreaRank(areas)}) AS area_ranks,
                           arraySort(arrayDistinct(dates)) AS days
                    FROM {incidents}
                    WHERE {referred}
                    GROUP BY victim_id
                )
                ARRAY JOIN dates AS d, area_ranks AS area_rank
            )
            GROUP BY area_rank, q
            ORDER BY area_rank, q
            """,
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => StoredRecord.ToCount(
            RecordIndicatorReference.RepeatDomesticAbuseId,
            areas[(int)TabSeparatedRows.Int64(r[0]) - 1],
            TabSeparatedRows.Int64(r[1]),
            TabSeparatedRows.Int64(r[2]),
            TabSeparatedRows.Int64(r[3])))];
    }

    /// <summary>An area's 1-based place in <paramref name="areas"/> (given in ordinal order), as a UInt64 in SQL.</summary>
    private static string AreaRank(List<string> areas) =>
        $"toUInt64(transform(area_code, {AreaList(areas)}, [{string.Join(", ", Enumerable.Range(1, areas.Count).Select(i => ClickHouseLiteral.Number(i)))}], 0))";

    private static string AreaList(List<string> areas) => $"[{string.Join(", ", areas.Select(ClickHouseLiteral.Quote))}]";

    public async Task<IReadOnlyList<DerivedCount>> CountFirstTimeEntrantsAsync(CancellationToken cancellationToken = default)
    {
        var outcomes = $"{database}.{ClickHouseRecordSchema.Outcomes.Name}";
        var spans = await QueryRowsAsync(
            $"""
            SELECT area_code, toInt64(intDiv(toYear(min(outcome_date)) * 12 + toMonth(min(outcome_date)) - 4, 3)),
                   toInt64(intDiv(toYear(max(outcome_date)) * 12 + toMonth(max(outcome_date)) - 4, 3))
            FROM {outcomes} WHERE {Committed(RecordFeed.YouthJusticeOutcomes)}
            GROUP BY area_code
            """,
            cancellationToken).ConfigureAwait(false);
        if (spans.Count == 0)
        {
            return [];
        }

        var firstQuarter = spans.Min(r => TabSeparatedRows.Int64(r[1])) + 3;
        var lastQuarter = spans.Max(r => TabSeparatedRows.Int64(r[2]));
        if (firstQuarter > lastQuarter)
        {
            return [];
        }

        // A person's first entry is the least (day, area, age). 18.16 compares tuples slowly, so each outcome gets one
        // UInt64 that sorts the same way: the day, then the area's rank among the outcomes' areas in ordinal order, then the age.
        var areas = spans.Select(r => TabSeparatedRows.Required(r[0])).Order(StringComparer.Ordinal).ToList();
        var entering = string.Join(", ", StoredRecord.EnteringTypeCodes.Select(ClickHouseLiteral.Quote));
        var rows = await QueryRowsAsync(
            $"""
            SELECT area_code, q, entrants, if(empty(known), NULL, counts[indexOf(years, arrayReduce('max', known))])
            FROM
            (
                SELECT area_code, q, arraySum(arrayMap((e, n) -> if(e <= q AND e > q - 4, n, 0), eqs, ns)) AS entrants,
                       arrayFilter(y -> y <= intDiv(q, 4), years) AS known, years, counts
                FROM
                (
                    SELECT area_code, groupArrayIf(eq, kind = 0) AS eqs, groupArrayIf(n, kind = 0) AS ns,
                           groupArrayIf(mid_year, kind = 1) AS years, groupArrayIf(aged, kind = 1) AS counts
                    FROM
                    (
                        SELECT toUInt8(0) AS kind, area_code, eq, n, toUInt16(0) AS mid_year, toUInt64(0) AS aged
                        FROM
                        (
                            SELECT {AreaList(areas)}[bitAnd(bitShiftRight(first, 8), 4294967295)] AS area_code,
                                   toInt64(intDiv(toYear(first_date) * 12 + toMonth(first_date) - 4, 3)) AS eq, count() AS n
                            FROM
                            (
                                SELECT min(bitShiftLeft(toUInt64(outcome_date), 40)
                                           + bitShiftLeft({AreaRank(areas)}, 8)
                                           + age_at_outcome) AS first,
                                       toDate(bitShiftRight(first, 40)) AS first_date
                                FROM {outcomes}
                                WHERE outcome_type IN ({entering}) AND {Committed(RecordFeed.YouthJusticeOutcomes)}
                                GROUP BY person_id
                            )
                            WHERE bitAnd(first, 255) BETWEEN {RecordIndicatorReference.YouthFrom} AND {RecordIndicatorReference.YouthTo}
                            GROUP BY area_code, eq
                        )
                        UNION ALL
                        SELECT toUInt8(1) AS kind, area_code, toInt64(0) AS eq, toUInt64(0) AS n, mid_year, aged
                        FROM
                        (
                            SELECT area_code, mid_year, argMax(aged_10_to_17, tuple(load_seq, source_row)) AS aged
                            FROM {database}.{ClickHouseRecordSchema.Population.Name}
                            WHERE {Committed(RecordFeed.ChildPopulation)}
                            GROUP BY area_code, mid_year
                        )
                    )
                    GROUP BY area_code
                )
                ARRAY JOIN arrayMap(i -> toInt64(i) + {ClickHouseLiteral.Number(firstQuarter)}, range(toUInt64({ClickHouseLiteral.Number(lastQuarter - firstQuarter + 1)}))) AS q
            )
            ORDER BY area_code, q
            """,
            cancellationToken).ConfigureAwait(false);
        return StoredRecord.InAreaAndPeriodOrder(rows.Select(r => (StoredRecord.ToCount(
            RecordIndicatorReference.FirstTimeEntrantsId,
            TabSeparatedRows.Required(r[0]),
            TabSeparatedRows.Int64(r[1]),
            TabSeparatedRows.Int64(r[2]),
            r[3] is null ? null : TabSeparatedRows.Int64(r[3])), TabSeparatedRows.Int64(r[1]))));
    }
}
