using Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

namespace Safeguarding.Analytics.Warehouse.Records.ClickHouse;

/// <summary>
/// The derived indicators counted on the server, per victim and per person, then per area and quarter, in the SQL of
/// 18.16 (no window functions, no CTEs): per-victim day lists with groupArray and ARRAY JOIN, first entries with argMin
/// over tuples, and the area × quarter grid with rolling year and population lookup from small per-area arrays.
/// </summary>
public sealed partial class ClickHouseRecordStore
{
    public async Task<IReadOnlyList<DerivedCount>> CountRepeatDomesticAbuseAsync(CancellationToken cancellationToken = default)
    {
        var rows = await QueryRowsAsync(
            $"""
            SELECT area_code, q, sum(is_repeat), count()
            FROM
            (
                SELECT area_code, toInt64(intDiv(toYear(d) * 12 + toMonth(d) - 4, 3)) AS q,
                       arrayExists(x -> x < d AND x >= addMonths(d, -12), days) AS is_repeat
                FROM
                (
                    SELECT groupArray(incident_date) AS dates, groupArray(area_code) AS areas, arraySort(arrayDistinct(dates)) AS days
                    FROM {database}.{ClickHouseRecordSchema.Incidents.Name}
                    WHERE marac_referral = 1 AND {Committed(RecordFeed.DomesticAbuseIncidents)}
                    GROUP BY victim_id
                )
                ARRAY JOIN dates AS d, areas AS area_code
            )
            GROUP BY area_code, q
            ORDER BY area_code, q
            """,
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => StoredRecord.ToCount(
            RecordIndicatorReference.RepeatDomesticAbuseId,
            TabSeparatedRows.Required(r[0]),
            TabSeparatedRows.Int64(r[1]),
            TabSeparatedRows.Int64(r[2]),
            TabSeparatedRows.Int64(r[3])))];
    }

    public async Task<IReadOnlyList<DerivedCount>> CountFirstTimeEntrantsAsync(CancellationToken cancellationToken = default)
    {
        var outcomes = $"{database}.{ClickHouseRecordSchema.Outcomes.Name}";
        var span = await QueryRowsAsync(
            $"""
            SELECT count(), toInt64(intDiv(toYear(min(outcome_date)) * 12 + toMonth(min(outcome_date)) - 4, 3)),
                   toInt64(intDiv(toYear(max(outcome_date)) * 12 + toMonth(max(outcome_date)) - 4, 3))
            FROM {outcomes} WHERE {Committed(RecordFeed.YouthJusticeOutcomes)}
            """,
            cancellationToken).ConfigureAwait(false);
        var firstQuarter = TabSeparatedRows.Int64(span[0][1]) + 3;
        var lastQuarter = TabSeparatedRows.Int64(span[0][2]);
        if (TabSeparatedRows.Int64(span[0][0]) == 0 || firstQuarter > lastQuarter)
        {
            return [];
        }

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
                            SELECT first.1 AS area_code, toInt64(intDiv(toYear(first_date) * 12 + toMonth(first_date) - 4, 3)) AS eq, count() AS n
                            FROM
                            (
                                SELECT argMin(tuple(area_code, age_at_outcome), tuple(outcome_date, area_code, age_at_outcome)) AS first,
                                       min(outcome_date) AS first_date
                                FROM {outcomes}
                                WHERE outcome_type IN ({entering}) AND {Committed(RecordFeed.YouthJusticeOutcomes)}
                                GROUP BY person_id
                            )
                            WHERE first.2 BETWEEN {RecordIndicatorReference.YouthFrom} AND {RecordIndicatorReference.YouthTo}
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
        return [.. rows.Select(r => StoredRecord.ToCount(
            RecordIndicatorReference.FirstTimeEntrantsId,
            TabSeparatedRows.Required(r[0]),
            TabSeparatedRows.Int64(r[1]),
            TabSeparatedRows.Int64(r[2]),
            r[3] is null ? null : TabSeparatedRows.Int64(r[3])))];
    }
}
