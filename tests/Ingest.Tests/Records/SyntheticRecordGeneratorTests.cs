using Safeguarding.Analytics.Ingest.Records;
using Safeguarding.Analytics.Ingest.Records.Synthetic;
using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.ReferenceData;
using static Safeguarding.Analytics.Ingest.Tests.Records.RecordFiles;

namespace Safeguarding.Analytics.Ingest.Tests.Records;

public sealed class SyntheticRecordGeneratorTests : IDisposable
{
    private static readonly SyntheticRecordOptions Small = new() { Incidents = 100_000, Outcomes = 20_000, Years = 4, Seed = 7 };

    private readonly string _folder = Directory.CreateTempSubdirectory("sga-synthetic-").FullName;

    [Fact]
    public void The_same_options_write_byte_identical_files_and_another_seed_does_not()
    {
        var first = Write("a", Small);
        var second = Write("b", Small);
        var other = Write("c", Small with { Seed = 8 });

        Assert.Equal(first.Files.Select(f => Path.GetFileName(f.Path)), second.Files.Select(f => Path.GetFileName(f.Path)));
        foreach (var (a, b) in first.Files.Zip(second.Files))
        {
            Assert.True(File.ReadAllBytes(a.Path).AsSpan().SequenceEqual(File.ReadAllBytes(b.Path)), $"{Path.GetFileName(a.Path)} differs between two runs");
        }

        Assert.False(File.ReadAllBytes(first.Files[0].Path).AsSpan().SequenceEqual(File.ReadAllBytes(other.Files[0].Path)));
    }

    [Fact]
    public void The_files_hold_the_counts_asked_for_one_per_financial_year_and_read_back_without_a_problem()
    {
        var written = Write("shape", Small);
        var (incidents, outcomes, population) = ReadBack(written);

        Assert.Equal(
            ["child_population.csv", "incidents_2021-22.csv", "incidents_2022-23.csv", "incidents_2023-24.csv", "incidents_2024-25.csv",
             "outcomes_2021-22.csv", "outcomes_2022-23.csv", "outcomes_2023-24.csv", "outcomes_2024-25.csv"],
            written.Files.Select(f => Path.GetFileName(f.Path)).Order(StringComparer.Ordinal));
        Assert.Equal(100_000, incidents.Count);
        Assert.Equal(20_000, outcomes.Count);
        Assert.All(incidents, i => Assert.InRange(i.IncidentDate, new DateOnly(2021, 4, 1), new DateOnly(2025, 3, 31)));
        Assert.Equal(incidents.Count, incidents.Select(i => i.IncidentId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(written.Files.Sum(f => new FileInfo(f.Path).Length), written.Bytes);
    }

    [Fact]
    public void Every_current_english_local_authority_is_present_in_every_feed()
    {
        var (incidents, outcomes, population) = ReadBack(Write("areas", Small));
        var english = Reference.Areas.LocalAuthorities.Where(a => a.Code.StartsWith('E')).Select(a => a.Code).Order(StringComparer.Ordinal).ToList();

        Assert.True(english.Count > 140);
        Assert.Equal(english, incidents.Select(i => i.AreaCode).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(english, outcomes.Select(o => o.AreaCode).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(english.Count * 4, population.Count);
        Assert.True(incidents.Count(i => i.AreaCode == "E08000025") > 5 * incidents.Count(i => i.AreaCode == "E06000019"), "Birmingham has about eight times as many children as Herefordshire");
    }

    [Fact]
    public void Incidents_have_repeat_victims_about_one_in_ten_referred_to_marac_and_a_repeat_marac_rate_in_the_safelives_range()
    {
        var (incidents, _, _) = ReadBack(Write("da", Small));
        var counts = RecordIndicatorReference.RepeatDomesticAbuse(incidents);
        var repeatRate = (double)counts.Sum(c => c.Numerator) / counts.Sum(c => c.Denominator!.Value);

        Assert.InRange(incidents.Count(i => i.MaracReferral) / (double)incidents.Count, 0.08, 0.13);
        Assert.InRange(repeatRate, 0.25, 0.35);
        Assert.InRange(incidents.Select(i => i.VictimId).Distinct().Count() / (double)incidents.Count, 0.4, 0.8);
        Assert.InRange(incidents.Count(i => i.RiskLevel == RiskLevel.High) / (double)incidents.Count, 0.08, 0.2);
        Assert.True(incidents.GroupBy(i => i.PerpetratorId).Any(g => g.Select(i => i.VictimId).Distinct().Count() > 1), "some perpetrators abuse more than one victim");
    }

    [Fact]
    public void Youth_justice_persons_are_mostly_10_to_17_with_several_outcomes_and_community_resolutions()
    {
        var (_, outcomes, population) = ReadBack(Write("yj", Small));
        var firsts = outcomes.GroupBy(o => o.PersonId).Select(g => g.MinBy(o => o.OutcomeDate)!).ToList();

        Assert.InRange(firsts.Count(o => o.AgeAtOutcome is >= 10 and <= 17) / (double)firsts.Count, 0.8, 0.95);
        Assert.Contains(firsts, o => o.AgeAtOutcome >= 18);
        Assert.InRange(outcomes.Count / (double)firsts.Count, 1.5, 3);
        Assert.InRange(outcomes.Count(o => o.OutcomeType == OutcomeType.CommunityResolution) / (double)outcomes.Count, 0.2, 0.5);
        Assert.All(outcomes.GroupBy(o => o.PersonId), g => Assert.Equal(g.OrderBy(o => o.OutcomeDate).Select(o => o.AgeAtOutcome), g.Select(o => o.AgeAtOutcome).Order()));
        var fte = RecordIndicatorReference.FirstTimeEntrants(outcomes, population);
        Assert.All(fte, c => Assert.NotNull(c.Denominator));
        Assert.InRange(fte.Sum(c => c.Numerator) * 100_000.0 / fte.Sum(c => c.Denominator!.Value), 1, 10_000);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private SyntheticRecordFiles Write(string name, SyntheticRecordOptions options) =>
        SyntheticRecordGenerator.Write(Path.Combine(_folder, name), options, ReferenceDataFolder.Locate(), Reference.Areas);

    private static (List<DomesticAbuseIncident> Incidents, List<YouthJusticeOutcome> Outcomes, List<ChildPopulation> Population) ReadBack(SyntheticRecordFiles files)
    {
        var reader = new RecordFileReader(Codes, TimeProvider.System);
        var incidents = new List<DomesticAbuseIncident>();
        var outcomes = new List<YouthJusticeOutcome>();
        var population = new List<ChildPopulation>();
        foreach (var file in files.Files)
        {
            using var stream = File.OpenRead(file.Path);
            var name = Path.GetFileName(file.Path);
            switch (RecordFeedFormats.Recognise(File.ReadLines(file.Path).First()))
            {
                case RecordFeed.DomesticAbuseIncidents: incidents.AddRange(reader.ReadIncidents(name, stream)); break;
                case RecordFeed.YouthJusticeOutcomes: outcomes.AddRange(reader.ReadOutcomes(name, stream)); break;
                default: population.AddRange(reader.ReadPopulation(name, stream)); break;
            }
        }

        return (incidents, outcomes, population);
    }
}
