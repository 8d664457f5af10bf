using Safeguarding.Analytics.Ingest.Jobs;
using Safeguarding.Analytics.Ingest.Records;
using Safeguarding.Analytics.Ingest.Records.Synthetic;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.Storage;
using static Safeguarding.Analytics.Ingest.Tests.Records.RecordFiles;

namespace Safeguarding.Analytics.Ingest.Tests.Records;

/// <summary>File → LoadRecordFileJob → record store → DerivedIndicatorsJob → analytic store, on one real DuckDB file.</summary>
public sealed class RecordJobsTests : IDisposable
{
    private static readonly string[] Derived = [RecordIndicatorReference.RepeatDomesticAbuseId, RecordIndicatorReference.FirstTimeEntrantsId];

    private readonly RecordJobTestBed _bed = new();

    [Fact]
    public async Task Loaded_files_give_derived_figures_equal_to_the_reference_over_the_same_records()
    {
        var files = _bed.Generate("scale");
        foreach (var file in files.Files)
        {
            Assert.Null(await _bed.LoadJob.LoadAsync(file.Path, CancellationToken.None));
        }

        Assert.Equal(files.Files.Count, _bed.Queued(JobQueues.Analytics).Count(j => j == "DerivedIndicatorsJob.RunAsync"));
        var load = await _bed.DeriveJob.DeriveAsync(CancellationToken.None);

        var (incidents, outcomes, population) = ReadAll(files);
        var expected = RecordIndicatorReference.RepeatDomesticAbuse(incidents).Concat(RecordIndicatorReference.FirstTimeEntrants(outcomes, population)).ToList();
        var stored = await _bed.Warehouse.QueryAsync(new ObservationQuery { IndicatorIds = Derived });
        Assert.NotNull(load);
        Assert.Equal(expected.Count, load.RowCount);
        Assert.Equal(expected.Count, stored.Count);
        var byKey = stored.ToDictionary(o => (o.IndicatorId, o.AreaCode, o.PeriodKey));
        foreach (var count in expected)
        {
            var figure = byKey[(count.IndicatorId, count.AreaCode, count.PeriodKey)];
            var multiplier = Reference.Indicator(count.IndicatorId).Multiplier;
            Assert.Equal((double)count.Numerator, figure.Numerator);
            Assert.Equal((double?)count.Denominator, figure.Denominator);
            Assert.Equal(ObservationStatus.Final, figure.Status);
            Assert.Equal((double)count.Numerator / count.Denominator!.Value * multiplier, figure.Value!.Value, 9);
            Assert.Equal((DerivedIndicatorsJob.Source, 1, load.LoadId), (figure.Source, figure.Version, figure.LoadId));
        }

        Assert.Contains("AnalyticsRefreshJob.RunAsync", _bed.Queued(JobQueues.Analytics));
        var audit = await _bed.AppStore.GetAuditAsync(new AuditFilter { SubjectType = AuditSubjects.Records });
        Assert.Equal(files.Files.Count, audit.Count(e => e.Action == AuditActions.RecordsLoaded));
        Assert.Contains(audit, e => e.Action == AuditActions.IndicatorsDerived && e.SubjectId == load.LoadId);
    }

    [Fact]
    public async Task Counting_again_with_nothing_new_writes_no_load_and_the_same_file_twice_is_loaded_once()
    {
        var files = _bed.Generate("again", incidents: 5_000, outcomes: 1_000);
        foreach (var file in files.Files)
        {
            Assert.Null(await _bed.LoadJob.LoadAsync(file.Path, CancellationToken.None));
        }

        Assert.NotNull(await _bed.DeriveJob.DeriveAsync(CancellationToken.None));
        var recordLoads = (await _bed.Records.GetLoadsAsync()).Count;
        var loads = (await _bed.Warehouse.GetLoadsAsync()).Count;

        Assert.Null(await _bed.LoadJob.LoadAsync(files.Files[0].Path, CancellationToken.None));
        Assert.Null(await _bed.DeriveJob.DeriveAsync(CancellationToken.None));

        Assert.Equal(recordLoads, (await _bed.Records.GetLoadsAsync()).Count);
        Assert.Equal(loads, (await _bed.Warehouse.GetLoadsAsync()).Count);
    }

    [Fact]
    public async Task A_bad_file_leaves_the_stored_counts_and_figures_unchanged_and_says_why()
    {
        var files = _bed.Generate("before", incidents: 5_000, outcomes: 1_000);
        foreach (var file in files.Files)
        {
            await _bed.LoadJob.LoadAsync(file.Path, CancellationToken.None);
        }

        await _bed.DeriveJob.DeriveAsync(CancellationToken.None);
        var counts = await _bed.CountsAsync();
        var figures = await _bed.Warehouse.QueryAsync(new ObservationQuery { IndicatorIds = Derived, AllVersions = true });
        var lines = File.ReadLines(files.Files.First(f => Path.GetFileName(f.Path).StartsWith("incidents", StringComparison.Ordinal)).Path).Take(400).ToList();
        var fresh = lines.Skip(1).Select(l => "ee" + l).ToList();
        fresh[200] = fresh[200][..fresh[200].LastIndexOf(',')] + ",maybe";

        var reason = await _bed.LoadJob.LoadAsync(_bed.Write("police_bad.csv", string.Join('\n', [lines[0], .. fresh])), CancellationToken.None);

        Assert.Equal("police_bad.csv was not loaded: 1 problem found.\npolice_bad.csv row 202, column 'marac_referral': 'maybe' is not 1 or 0 (true/false, y/n).", reason?.ReplaceLineEndings("\n"));
        var after = await _bed.CountsAsync();
        Assert.Equal(counts.Repeat, after.Repeat);
        Assert.Equal(counts.Fte, after.Fte);
        Assert.Null(await _bed.DeriveJob.DeriveAsync(CancellationToken.None));
        Assert.Equal(figures, await _bed.Warehouse.QueryAsync(new ObservationQuery { IndicatorIds = Derived, AllVersions = true }));
    }

    [Fact]
    public async Task An_incident_id_already_loaded_is_refused_by_file_and_row()
    {
        var incidents = "incident_id,victim_id,perpetrator_id,incident_date,area_code,risk_level,marac_referral\n" +
            $"{Id(1)},{Id(2)},{Id(3)},2024-05-01,E06000019,high,1\n";
        Assert.Null(await _bed.LoadJob.LoadAsync(_bed.Write("first.csv", incidents), CancellationToken.None));

        var reason = await _bed.LoadJob.LoadAsync(_bed.Write("second.csv", incidents + $"{Id(4)},{Id(2)},{Id(3)},2024-06-01,E06000019,high,1\n"), CancellationToken.None);

        Assert.NotNull(reason);
        Assert.StartsWith("second.csv was not loaded", reason, StringComparison.Ordinal);
        Assert.Contains("second.csv row 2, column 'incident_id'", reason, StringComparison.Ordinal);
        Assert.Single(await _bed.Records.GetLoadsAsync());
    }

    [Fact]
    public async Task New_records_write_only_the_figures_they_change_as_next_versions()
    {
        var population = "area_code,mid_year,aged_10_to_17\nE06000019,2023,18000\nE08000025,2023,120000\n";
        var outcomes = "person_id,age_at_outcome,outcome_date,outcome_type,area_code\n" +
            $"{Id(1)},15,2023-04-10,youth_caution,E06000019\n{Id(2)},16,2023-05-10,court_sentence,E08000025\n{Id(3)},14,2024-03-10,community_resolution,E08000025\n";
        await _bed.LoadJob.LoadAsync(_bed.Write("population.csv", population), CancellationToken.None);
        await _bed.LoadJob.LoadAsync(_bed.Write("outcomes.csv", outcomes), CancellationToken.None);
        var first = await _bed.DeriveJob.DeriveAsync(CancellationToken.None);

        await _bed.LoadJob.LoadAsync(_bed.Write("more.csv", $"person_id,age_at_outcome,outcome_date,outcome_type,area_code\n{Id(9)},13,2024-01-15,youth_caution,E08000025\n"), CancellationToken.None);
        var second = await _bed.DeriveJob.DeriveAsync(CancellationToken.None);

        Assert.NotNull(first);
        Assert.NotNull(second);
        var figures = await _bed.Warehouse.QueryAsync(new ObservationQuery { IndicatorIds = Derived });
        var changed = figures.Where(f => f.LoadId == second.LoadId).ToList();
        Assert.Equal(["2023-24 Q4"], changed.Select(f => f.PeriodKey));
        Assert.Equal(("E08000025", 2, 2.0, 120000.0), (changed[0].AreaCode, changed[0].Version, changed[0].Numerator, changed[0].Denominator));
        Assert.Equal(2 / 120000.0 * 100_000, changed[0].Value!.Value, 9);
        Assert.Equal(first.RowCount, figures.Count);
    }

    [Fact]
    public async Task Without_a_population_estimate_the_rate_is_missing_with_the_reason()
    {
        await _bed.LoadJob.LoadAsync(_bed.Write("outcomes.csv", $"person_id,age_at_outcome,outcome_date,outcome_type,area_code\n{Id(1)},15,2023-04-10,youth_caution,E06000019\n{Id(1)},16,2024-04-10,court_sentence,E06000019\n"), CancellationToken.None);

        await _bed.DeriveJob.DeriveAsync(CancellationToken.None);

        var figures = await _bed.Warehouse.QueryAsync(new ObservationQuery { IndicatorIds = Derived });
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Equal(
            (ObservationStatus.Missing, (double?)null, (double?)null, "No mid-year estimate of children aged 10–17 for the area on or before the quarter's end."),
            (f.Status, f.Value, f.Denominator, f.StatusReason)));
    }

    [Fact]
    public async Task A_file_from_the_inbox_ends_processed_or_failed_with_the_reason()
    {
        Directory.CreateDirectory(_bed.Inbox.Processing);
        File.WriteAllText(Path.Combine(_bed.Inbox.Processing, "good.csv"), "area_code,mid_year,aged_10_to_17\nE06000019,2023,18000\n");
        File.WriteAllText(Path.Combine(_bed.Inbox.Processing, "bad.csv"), "area_code,mid_year,aged_10_to_17,name\nE06000019,2023,18000,Jo\n");

        await _bed.LoadJob.RunFromInboxAsync("good.csv", CancellationToken.None);
        await _bed.LoadJob.RunFromInboxAsync("bad.csv", CancellationToken.None);

        Assert.Single(Directory.GetFiles(_bed.Inbox.Processed), f => f.EndsWith("_good.csv", StringComparison.Ordinal));
        var note = Assert.Single(Directory.GetFiles(_bed.Inbox.Failed, "*.error.txt"));
        Assert.Contains("bad.csv row 1, column 'name': column 'name' is not part of the child population feed", File.ReadAllText(note), StringComparison.Ordinal);
        Assert.Single(await _bed.Records.GetLoadsAsync());
    }

    public void Dispose() => _bed.Dispose();

    private static (List<DomesticAbuseIncident>, List<YouthJusticeOutcome>, List<ChildPopulation>) ReadAll(SyntheticRecordFiles files)
    {
        var reader = new RecordFileReader(Codes, TimeProvider.System);
        List<DomesticAbuseIncident> incidents = [];
        List<YouthJusticeOutcome> outcomes = [];
        List<ChildPopulation> population = [];
        foreach (var path in files.Files.Select(f => f.Path))
        {
            using var stream = File.OpenRead(path);
            var name = Path.GetFileName(path);
            if (name.StartsWith("incidents", StringComparison.Ordinal))
            {
                incidents.AddRange(reader.ReadIncidents(name, stream));
            }
            else if (name.StartsWith("outcomes", StringComparison.Ordinal))
            {
                outcomes.AddRange(reader.ReadOutcomes(name, stream));
            }
            else
            {
                population.AddRange(reader.ReadPopulation(name, stream));
            }
        }

        return (incidents, outcomes, population);
    }
}
