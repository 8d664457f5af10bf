using Safeguarding.Analytics.Warehouse.Records;

namespace Safeguarding.Analytics.Warehouse.Tests.Records;

/// <summary>A seeded random data set, loaded in several files, counted by the engine and by the reference.</summary>
public abstract partial class RecordStoreContract
{
    private static readonly string[] SeededAreas = ["E06000019", "E08000025", "E09000001", "E10000034"];
    private static readonly int[] MidYears = [2020, 2021, 2022, 2023];

    [Theory]
    [InlineData(20260501)]
    [InlineData(7)]
    public async Task Seeded_random_records_give_exactly_the_reference_counts(int seed)
    {
        var data = SeededRecords.Make(seed);
        foreach (var file in data.IncidentFiles)
        {
            await AppendIncidentsAsync([.. file]);
        }

        foreach (var file in data.OutcomeFiles)
        {
            await AppendOutcomesAsync([.. file]);
        }

        foreach (var file in data.PopulationFiles)
        {
            await AppendPopulationAsync([.. file]);
        }

        var repeat = await Store.CountRepeatDomesticAbuseAsync();
        var entrants = await Store.CountFirstTimeEntrantsAsync();

        var expectedRepeat = RecordIndicatorReference.RepeatDomesticAbuse(data.IncidentFiles.SelectMany(f => f));
        var expectedEntrants = RecordIndicatorReference.FirstTimeEntrants(data.OutcomeFiles.SelectMany(f => f), data.PopulationFiles.SelectMany(f => f));
        Assert.True(expectedRepeat.Sum(c => c.Numerator) > 100, "the seeded data must hold many repeats");
        Assert.True(expectedEntrants.Any(c => c.Denominator is null), "the seeded data must hold an area without population");
        Assert.Equal(expectedRepeat, repeat);
        Assert.Equal(expectedEntrants, entrants);
    }

    /// <summary>Incidents of a few hundred victims (many referred again and again), outcomes of several hundred people, estimates re-sent.</summary>
    internal sealed record SeededRecords(
        IReadOnlyList<IReadOnlyList<DomesticAbuseIncident>> IncidentFiles,
        IReadOnlyList<IReadOnlyList<YouthJusticeOutcome>> OutcomeFiles,
        IReadOnlyList<IReadOnlyList<ChildPopulation>> PopulationFiles)
    {
        public static SeededRecords Make(int seed)
        {
            var random = new Random(seed);
            var start = new DateOnly(2021, 4, 1);
            var incidents = Enumerable.Range(0, 3_000).Select(i => new DomesticAbuseIncident(
                    $"inc-{i:00000}",
                    $"victim-{random.Next(250):000}",
                    $"perp-{random.Next(400):000}",
                    start.AddDays(random.Next(3 * 365)),
                    SeededAreas[random.Next(3)],
                    (RiskLevel)random.Next(3),
                    random.NextDouble() < 0.45))
                .ToList();
            var outcomes = Enumerable.Range(0, 2_000).Select(_ => new YouthJusticeOutcome(
                    $"person-{random.Next(700):000}",
                    8 + random.Next(12),
                    start.AddDays(random.Next(3 * 365)),
                    OutcomeTypes.All[random.Next(OutcomeTypes.All.Count)],
                    SeededAreas[random.Next(SeededAreas.Length)]))
                .ToList();
            outcomes.AddRange(outcomes.Take(50)); // a file sent twice changes no count
            var population = new List<IReadOnlyList<ChildPopulation>>();
            for (var file = 0; file < 3; file++)
            {
                population.Add([.. SeededAreas.Take(3).SelectMany(a => MidYears
                    .Where(_ => random.NextDouble() < 0.7)
                    .Select(y => new ChildPopulation(a, y, 5_000 + random.Next(20_000))))]);
            }

            return new SeededRecords([.. incidents.Chunk(700)], [.. outcomes.Chunk(600)], population);
        }
    }
}
