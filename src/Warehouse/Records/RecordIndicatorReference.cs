using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Warehouse.Records;

/// <summary>
/// The derived indicators' definitions, written as plain C# over lists of records: the reference every engine's SQL is
/// tested against. Records are given in commit order (oldest load first); where the same incident or population
/// estimate was sent more than once, the last one given stands.
/// </summary>
public static class RecordIndicatorReference
{
    public const string RepeatDomesticAbuseId = "repeat_da_pct";
    public const string FirstTimeEntrantsId = "fte_rate_per_100k";

    /// <summary>Youngest and oldest age (in whole years on the day) at which a first outcome counts as a youth first-time entry.</summary>
    public const int YouthFrom = 10;
    public const int YouthTo = 17;

    /// <summary>
    /// Repeat MARAC cases (SafeLives): for each area and financial quarter, the MARAC referrals dated in the quarter
    /// (the denominator) and, of those, the referrals whose victim had an earlier MARAC referral — anywhere, on an
    /// earlier day no more than 12 calendar months before (<c>date.AddMonths(-12)</c> or later) — (the numerator).
    /// Two referrals of one victim on the same day do not repeat each other. An incident id sent again counts once, as
    /// last sent. Only area-quarters with at least one referral are given.
    /// </summary>
    public static IReadOnlyList<DerivedCount> RepeatDomesticAbuse(IEnumerable<DomesticAbuseIncident> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var latest = new Dictionary<string, DomesticAbuseIncident>(StringComparer.Ordinal);
        foreach (var incident in incidents)
        {
            latest[incident.IncidentId] = incident;
        }

        var referrals = latest.Values.Where(i => i.MaracReferral).ToList();
        var daysByVictim = referrals
            .GroupBy(r => r.VictimId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.IncidentDate).Distinct().Order().ToArray(), StringComparer.Ordinal);
        return referrals
            .GroupBy(r => (r.AreaCode, Period: Period.QuarterContaining(r.IncidentDate)))
            .Select(g => new DerivedCount(
                RepeatDomesticAbuseId,
                g.Key.AreaCode,
                g.Key.Period.Key,
                g.LongCount(r => IsRepeat(r, daysByVictim[r.VictimId])),
                g.LongCount()))
            .OrderBy(c => c.AreaCode, StringComparer.Ordinal)
            .ThenBy(c => Period.Parse(c.PeriodKey).Start)
            .ToList();
    }

    private static bool IsRepeat(DomesticAbuseIncident referral, DateOnly[] victimDays)
    {
        var earlier = Array.BinarySearch(victimDays, referral.IncidentDate) - 1;
        return earlier >= 0 && victimDays[earlier] >= referral.IncidentDate.AddMonths(-12);
    }

    /// <summary>
    /// First-time entrants (MoJ/PNC): a person's first outcome that brings them into the youth justice system (youth
    /// caution, youth conditional caution or court sentence) — on its earliest day; of several that day, the first by
    /// area code then age — is a youth first entry when they were 10–17 on it, counted in that outcome's area. For each
    /// area with a population estimate or an entrant, and each financial quarter from the fourth quarter of the records
    /// (the first with a whole year behind it) to the last: the entrants in the 12 months to the quarter's end (that
    /// quarter and the three before it) over the latest mid-year estimate of children aged 10–17 dated on or before the
    /// quarter's end (null when there is none).
    /// </summary>
    public static IReadOnlyList<DerivedCount> FirstTimeEntrants(IEnumerable<YouthJusticeOutcome> outcomes, IEnumerable<ChildPopulation> population)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(population);
        var all = outcomes.ToList();
        if (all.Count == 0)
        {
            return [];
        }

        var first = all
            .Where(o => o.OutcomeType.EntersYouthJustice())
            .GroupBy(o => o.PersonId, StringComparer.Ordinal)
            .Select(g => g.OrderBy(o => o.OutcomeDate).ThenBy(o => o.AreaCode, StringComparer.Ordinal).ThenBy(o => o.AgeAtOutcome).First())
            .Where(o => o.AgeAtOutcome is >= YouthFrom and <= YouthTo)
            .GroupBy(o => (o.AreaCode, Quarter: QuarterIndex(o.OutcomeDate)))
            .ToDictionary(g => g.Key, g => g.LongCount());
        var estimates = new Dictionary<(string AreaCode, int MidYear), long>();
        foreach (var estimate in population)
        {
            estimates[(estimate.AreaCode, estimate.MidYear)] = estimate.Aged10To17;
        }

        var firstQuarter = QuarterIndex(all.Min(o => o.OutcomeDate)) + 3;
        var lastQuarter = QuarterIndex(all.Max(o => o.OutcomeDate));
        var areas = estimates.Keys.Select(k => k.AreaCode).Concat(first.Keys.Select(k => k.AreaCode)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var counts = new List<DerivedCount>();
        foreach (var area in areas)
        {
            for (var quarter = firstQuarter; quarter <= lastQuarter; quarter++)
            {
                var entrants = 0L;
                for (var back = 0; back < 4; back++)
                {
                    entrants += first.GetValueOrDefault((area, quarter - back));
                }

                var period = QuarterOf(quarter);
                var midYear = estimates.Keys.Where(k => k.AreaCode == area && new DateOnly(k.MidYear, 6, 30) <= period.End)
                    .Select(k => (int?)k.MidYear).Max();
                counts.Add(new DerivedCount(FirstTimeEntrantsId, area, period.Key, entrants, midYear is { } year ? estimates[(area, year)] : null));
            }
        }

        return counts;
    }

    /// <summary>Financial quarters numbered on from April of year 0: <c>(year × 12 + month − 4) ÷ 3</c>, as the SQL does.</summary>
    public static int QuarterIndex(DateOnly date) => ((date.Year * 12) + date.Month - 4) / 3;

    public static Period QuarterOf(int index) => Period.FinancialQuarter(index / 4, (index % 4) + 1);
}
