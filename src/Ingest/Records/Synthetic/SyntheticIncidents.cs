namespace Safeguarding.Analytics.Ingest.Records.Synthetic;

/// <summary>
/// Domestic abuse incidents, victim by victim within each authority. A victim is standard, medium or high risk; a
/// high-risk victim has more incidents, closer together, and most of their incidents are assessed high risk and
/// referred to MARAC, so about one incident in ten is a referral and about three referrals in ten repeat one within a
/// year (SafeLives sees 25–35%). Most victims have one perpetrator; some perpetrators abuse more than one victim.
/// </summary>
internal static class SyntheticIncidents
{
    public const string Header = "incident_id,victim_id,perpetrator_id,incident_date,area_code,risk_level,marac_referral";

    // Victims by risk: share of victims, further incidents on average, mean days between incidents.
    private static readonly double[] VictimShare = [0.635, 0.295, 0.07];
    private static readonly double[] MoreIncidents = [0.45, 0.8, 1.6];
    private static readonly double[] DaysBetween = [240, 170, 100];

    // Each incident's assessed risk (standard, medium, high) by the victim's risk, and the chance a high one is referred.
    private static readonly double[][] AssessedRisk = [[0.88, 0.11, 0.01], [0.3, 0.6, 0.1], [0.05, 0.25, 0.7]];
    private const double HighReferred = 0.85;
    private const double MediumReferred = 0.03;
    private const double KnownPerpetrator = 0.08;
    private const double SecondPerpetrator = 0.06;

    private static readonly byte[][] RiskText = ["standard"u8.ToArray(), "medium"u8.ToArray(), "high"u8.ToArray()];

    public static void Write(SyntheticRecordOptions options, IReadOnlyList<SyntheticArea> areas, SyntheticDays days, SyntheticCsvWriter[] years)
    {
        var shares = SyntheticArea.Share(areas, options.Incidents);
        var incidentKey = new PseudonymKey(options.Seed, 1);
        var victimKey = new PseudonymKey(options.Seed, 2);
        var perpetratorKey = new PseudonymKey(options.Seed, 3);
        Span<double> victimRisk = [VictimShare[0], VictimShare[0] + VictimShare[1], 1];
        long incident = 0, victim = 0, perpetrator = 0;
        for (var a = 0; a < areas.Count; a++)
        {
            var random = new SyntheticRandom(options.Seed ^ ((ulong)a * 0x9E3779B97F4A7C15UL) ^ 0x1D);
            var code = areas[a].CodeBytes;
            var firstPerpetrator = perpetrator;
            var written = 0L;
            while (written < shares[a])
            {
                victim++;
                var risk = random.Pick(victimRisk);
                var abuser = perpetrator > firstPerpetrator && random.Chance(KnownPerpetrator)
                    ? firstPerpetrator + 1 + random.Next((int)Math.Min(perpetrator - firstPerpetrator, int.MaxValue))
                    : ++perpetrator;
                var day = (double)random.Next(days.Count);
                var count = 1 + random.MoreEvents(MoreIncidents[risk]);
                var weights = AssessedRisk[risk];
                Span<double> assessed = [weights[0], weights[0] + weights[1], 1];
                for (var i = 0; i < count && written < shares[a] && day < days.Count; i++)
                {
                    if (i > 0 && random.Chance(SecondPerpetrator))
                    {
                        abuser = ++perpetrator;
                    }

                    var level = random.Pick(assessed);
                    var referred = level == 2 ? random.Chance(HighReferred) : level == 1 && random.Chance(MediumReferred);
                    var d = (int)day;
                    years[days.YearOf(d)].Id(incidentKey.Of(++incident)).Comma()
                        .Id(victimKey.Of(victim)).Comma()
                        .Id(perpetratorKey.Of(abuser)).Comma()
                        .Raw(days.Text(d)).Comma()
                        .Raw(code).Comma()
                        .Raw(RiskText[level]).Comma()
                        .Raw(referred ? "1"u8 : "0"u8)
                        .EndRow();
                    written++;
                    day += 1 + random.Exponential(DaysBetween[risk]);
                }
            }
        }
    }
}
