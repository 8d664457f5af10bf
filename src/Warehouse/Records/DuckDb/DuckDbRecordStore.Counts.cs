namespace Safeguarding.Analytics.Warehouse.Records.DuckDb;

/// <summary>The derived indicators counted in DuckDB, in plain SQL with window functions.</summary>
public sealed partial class DuckDbRecordStore
{
    public async Task<IReadOnlyList<DerivedCount>> CountRepeatDomesticAbuseAsync(CancellationToken cancellationToken = default) =>
        await ReadCountsAsync(
            RecordIndicatorReference.RepeatDomesticAbuseId,
            $"""
            WITH referrals AS
            (
                SELECT victim_id, incident_date, area_code FROM da_incidents
                WHERE marac_referral = 1 AND {Committed(RecordFeed.DomesticAbuseIncidents)}
            ),
            days AS
            (
                SELECT victim_id, incident_date, lag(incident_date) OVER (PARTITION BY victim_id ORDER BY incident_date) AS day_before
                FROM (SELECT DISTINCT victim_id, incident_date FROM referrals)
            )
            SELECT r.area_code, CAST((year(r.incident_date) * 12 + month(r.incident_date) - 4) // 3 AS BIGINT) AS q,
                   count(*) FILTER (WHERE d.day_before >= CAST(r.incident_date - INTERVAL 12 MONTH AS DATE)), count(*)
            FROM referrals AS r JOIN days AS d USING (victim_id, incident_date)
            GROUP BY r.area_code, q
            ORDER BY r.area_code, q
            """,
            cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<DerivedCount>> CountFirstTimeEntrantsAsync(CancellationToken cancellationToken = default) =>
        await ReadCountsAsync(
            RecordIndicatorReference.FirstTimeEntrantsId,
            $"""
            WITH outcomes AS
            (
                SELECT person_id, age_at_outcome, outcome_date, outcome_type, area_code,
                       (year(outcome_date) * 12 + month(outcome_date) - 4) // 3 AS q
                FROM yj_outcomes WHERE {Committed(RecordFeed.YouthJusticeOutcomes)}
            ),
            firsts AS
            (
                SELECT * FROM outcomes
                WHERE outcome_type IN ({string.Join(", ", StoredRecord.EnteringTypeCodes.Select(c => $"'{c}'"))})
                QUALIFY row_number() OVER (PARTITION BY person_id ORDER BY outcome_date, area_code, age_at_outcome) = 1
            ),
            entrants AS
            (
                SELECT area_code, q, count(*) AS n FROM firsts
                WHERE age_at_outcome BETWEEN {RecordIndicatorReference.YouthFrom} AND {RecordIndicatorReference.YouthTo}
                GROUP BY area_code, q
            ),
            estimates AS
            (
                SELECT area_code, mid_year, aged_10_to_17 FROM child_population
                WHERE {Committed(RecordFeed.ChildPopulation)}
                QUALIFY row_number() OVER (PARTITION BY area_code, mid_year ORDER BY load_seq DESC, source_row DESC) = 1
            ),
            grid AS
            (
                SELECT area_code, unnest(range(first_q, last_q + 1)) AS q
                FROM (SELECT area_code FROM entrants UNION SELECT area_code FROM estimates),
                     (SELECT min(q) + 3 AS first_q, max(q) AS last_q FROM outcomes)
            )
            SELECT g.area_code, CAST(g.q AS BIGINT),
                   CAST((SELECT coalesce(sum(n), 0) FROM entrants AS e WHERE e.area_code = g.area_code AND e.q BETWEEN g.q - 3 AND g.q) AS BIGINT),
                   CAST((SELECT aged_10_to_17 FROM estimates AS p WHERE p.area_code = g.area_code AND p.mid_year <= g.q // 4 ORDER BY p.mid_year DESC LIMIT 1) AS BIGINT)
            FROM grid AS g
            ORDER BY g.area_code, g.q
            """,
            cancellationToken).ConfigureAwait(false);

    private async Task<IReadOnlyList<DerivedCount>> ReadCountsAsync(string indicatorId, string select, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = select;
        var counts = new List<(DerivedCount, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var quarter = reader.GetInt64(1);
            counts.Add((StoredRecord.ToCount(indicatorId, reader.GetString(0), quarter, reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetInt64(3)), quarter));
        }

        return StoredRecord.InAreaAndPeriodOrder(counts);
    }
}
