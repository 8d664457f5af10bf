using Safeguarding.Analytics.Warehouse.Records;

namespace Safeguarding.Analytics.Ingest.Records.Synthetic;

/// <summary>
/// Youth justice outcomes, person by person within each authority. Most people are 10–17 at their first outcome
/// (older teenagers more often), about one in eight is an adult; a person has a couple of outcomes on average, months
/// apart, growing older between them. First outcomes are often community resolutions, which do not bring a child into
/// the youth justice system; later ones are more often court sentences.
/// </summary>
internal static class SyntheticOutcomes
{
    public const string Header = "person_id,age_at_outcome,outcome_date,outcome_type,area_code";

    private const double Adult = 0.12;
    private const double MoreOutcomes = 1.2;
    private const double DaysBetween = 200;

    // Ages 10 to 17 at a child's first outcome.
    private static readonly double[] ChildAge = Cumulative([2, 3, 5, 8, 12, 15, 17, 18]);

    // Youth caution, youth conditional caution, court sentence, community resolution.
    private static readonly double[] FirstOutcome = Cumulative([22, 13, 20, 45]);
    private static readonly double[] LaterOutcome = Cumulative([15, 20, 45, 20]);
    private static readonly double[] AdultOutcome = Cumulative([0, 0, 70, 30]);

    private static readonly byte[][] TypeText = [.. OutcomeTypes.All.Select(t => System.Text.Encoding.ASCII.GetBytes(t.Code()))];

    public static void Write(SyntheticRecordOptions options, IReadOnlyList<SyntheticArea> areas, SyntheticDays days, SyntheticCsvWriter[] years)
    {
        var shares = SyntheticArea.Share(areas, options.Outcomes);
        var personKey = new PseudonymKey(options.Seed, 4);
        long person = 0;
        for (var a = 0; a < areas.Count; a++)
        {
            var random = new SyntheticRandom(options.Seed ^ ((ulong)a * 0xC2B2AE3D27D4EB4FUL) ^ 0x2E);
            var code = areas[a].CodeBytes;
            var written = 0L;
            while (written < shares[a])
            {
                var id = personKey.Of(++person);
                var adult = random.Chance(Adult);
                var firstAge = adult ? 18 + random.Next(13) : 10 + random.Pick(ChildAge);
                var day = (double)random.Next(days.Count);
                var born = days.Date((int)day).AddYears(-firstAge).AddDays(-random.Next(365));
                var count = 1 + random.MoreEvents(MoreOutcomes);
                for (var i = 0; i < count && written < shares[a] && day < days.Count; i++)
                {
                    var date = days.Date((int)day);
                    var age = AgeOn(born, date);
                    var type = random.Pick(age >= 18 ? AdultOutcome : i == 0 ? FirstOutcome : LaterOutcome);
                    years[days.YearOf((int)day)].Id(id).Comma()
                        .Number(age).Comma()
                        .Raw(days.Text((int)day)).Comma()
                        .Raw(TypeText[type]).Comma()
                        .Raw(code)
                        .EndRow();
                    written++;
                    day += 1 + random.Exponential(DaysBetween);
                }
            }
        }
    }

    private static int AgeOn(DateOnly born, DateOnly date)
    {
        var age = date.Year - born.Year;
        return born.AddYears(age) > date ? age - 1 : age;
    }

    private static double[] Cumulative(double[] weights)
    {
        var sum = 0.0;
        return [.. weights.Select(w => sum += w)];
    }
}
