using Safeguarding.Analytics.Warehouse.Records;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Warehouse.Tests.Records;

/// <summary>
/// The behaviour every <see cref="IRecordStore"/> engine must share. The counts read every committed record, so each
/// test has a store of its own (a fresh database or file), made before it and dropped after it.
/// </summary>
public abstract partial class RecordStoreContract : IAsyncLifetime
{
    private IRecordStore? store;

    protected IRecordStore Store => store ?? throw new InvalidOperationException("The store is made before each test.");

    /// <summary>A new, empty store of the engine under test.</summary>
    protected abstract IRecordStore CreateStore();

    /// <summary>Writes a load of incidents the way AppendIncidentsAsync does, but never commits it.</summary>
    protected abstract Task WriteIncidentsWithoutCommitAsync(RecordLoad<DomesticAbuseIncident> load);

    /// <summary>Removes what <see cref="CreateStore"/> made.</summary>
    protected abstract Task DropStoreAsync(IRecordStore store);

    public async Task InitializeAsync()
    {
        store = CreateStore();
        await store.InstallSchemaAsync();
    }

    public async Task DisposeAsync()
    {
        if (store is not null)
        {
            await DropStoreAsync(store);
        }
    }

    [Fact]
    public async Task Installing_the_schema_again_is_harmless()
    {
        await Store.InstallSchemaAsync();
        await AppendIncidentsAsync(Referral("i1", "v1", "2024-05-01"));

        Assert.Single(await Store.CountRepeatDomesticAbuseAsync());
    }

    [Fact]
    public async Task Loads_are_listed_in_commit_order_and_found_by_submission_key()
    {
        var incidents = await Store.AppendIncidentsAsync(new RecordLoad<DomesticAbuseIncident>("da-1", "police", "incidents", [Referral("i1", "v1", "2024-05-01")]) { SubmissionKey = "sha:1" });
        var outcomes = await Store.AppendOutcomesAsync(new RecordLoad<YouthJusticeOutcome>("yj-1", "yot", "outcomes", [Outcome("p1", 14, "2024-05-01")]));
        var population = await Store.AppendPopulationAsync(new RecordLoad<ChildPopulation>("pop-1", "ons", "estimates", [new(AreaA, 2024, 10_000), new(AreaB, 2024, 5_000)]));

        var loads = await Store.GetLoadsAsync();

        Assert.Equal(["da-1", "yj-1", "pop-1"], loads.Select(l => l.LoadId));
        Assert.Equal([1L, 1L, 2L], loads.Select(l => l.RowCount));
        Assert.Equal((incidents.LoadId, incidents.CommittedAt, "sha:1"), (loads[0].LoadId, loads[0].CommittedAt, loads[0].SubmissionKey));
        Assert.Equal((outcomes.Source, population.Description), (loads[1].Source, loads[2].Description));
        Assert.Equal("da-1", (await Store.FindLoadBySubmissionKeyAsync("sha:1"))?.LoadId);
        Assert.Null(await Store.FindLoadBySubmissionKeyAsync("sha:2"));
    }

    [Fact]
    public async Task A_load_id_or_submission_key_already_committed_is_refused_and_changes_no_count()
    {
        await Store.AppendIncidentsAsync(new RecordLoad<DomesticAbuseIncident>("da-1", "police", "first", [Referral("i1", "v1", "2024-05-01")]) { SubmissionKey = "sha:1" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.AppendIncidentsAsync(
            new RecordLoad<DomesticAbuseIncident>("da-1", "police", "same id", [Referral("i2", "v1", "2024-05-02")])));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.AppendOutcomesAsync(
            new RecordLoad<YouthJusticeOutcome>("yj-9", "yot", "same key", [Outcome("p1", 14, "2024-05-01")]) { SubmissionKey = "sha:1" }));

        Assert.Single(await Store.GetLoadsAsync());
        Assert.Equal([new DerivedCount(RecordIndicatorReference.RepeatDomesticAbuseId, AreaA, "2024-25 Q1", 0, 1)], await Store.CountRepeatDomesticAbuseAsync());
        Assert.Empty(await Store.CountFirstTimeEntrantsAsync());
    }

    [Fact]
    public async Task Loads_without_a_submission_key_may_be_many()
    {
        await AppendIncidentsAsync(Referral("i1", "v1", "2024-05-01"));
        await AppendIncidentsAsync(Referral("i2", "v1", "2024-05-02"));

        Assert.Equal(2, (await Store.GetLoadsAsync()).Count);
    }

    [Fact]
    public async Task Incidents_written_but_not_committed_are_not_counted()
    {
        await AppendIncidentsAsync(Referral("i1", "v1", "2024-05-01"));
        await WriteIncidentsWithoutCommitAsync(new RecordLoad<DomesticAbuseIncident>("uncommitted", "police", "half-loaded",
            [Referral("i2", "v1", "2024-05-02"), Referral("i3", "v2", "2024-05-03")]));

        var counts = await Store.CountRepeatDomesticAbuseAsync();

        Assert.Equal([new DerivedCount(RecordIndicatorReference.RepeatDomesticAbuseId, AreaA, "2024-25 Q1", 0, 1)], counts);
        Assert.Single(await Store.GetLoadsAsync());
    }

    [Fact]
    public async Task A_load_retried_after_an_attempt_that_never_committed_counts_each_incident_once()
    {
        var load = new RecordLoad<DomesticAbuseIncident>("retried", "police", "incidents", [Referral("i1", "v1", "2024-05-01"), Referral("i2", "v1", "2024-05-02")]);
        await WriteIncidentsWithoutCommitAsync(load);

        await Store.AppendIncidentsAsync(load);

        Assert.Equal([Repeat(AreaA, "2024-25 Q1", 1, 2)], await Store.CountRepeatDomesticAbuseAsync());
    }

    [Fact]
    public async Task A_refused_file_corrected_and_sent_again_under_the_same_load_id_lands_once()
    {
        await Assert.ThrowsAsync<RecordLoadException>(() => Store.AppendIncidentsAsync(new RecordLoad<DomesticAbuseIncident>(
            "corrected", "police", "incidents", [Referral("i1", "v1", "2024-05-01"), Referral("i1", "v1", "2024-05-02")])));

        await Store.AppendIncidentsAsync(new RecordLoad<DomesticAbuseIncident>(
            "corrected", "police", "incidents", [Referral("i1", "v1", "2024-05-01"), Referral("i2", "v1", "2024-05-02")]));

        Assert.Equal([Repeat(AreaA, "2024-25 Q1", 1, 2)], await Store.CountRepeatDomesticAbuseAsync());
    }

    [Fact]
    public async Task An_incident_id_given_twice_in_one_file_is_refused_naming_both_rows()
    {
        await AppendIncidentsAsync(Referral("i0", "v0", "2024-04-01"));
        var before = await Store.CountRepeatDomesticAbuseAsync();

        var refused = await Assert.ThrowsAsync<RecordLoadException>(() => AppendIncidentsAsync(
            Referral("i1", "v1", "2024-05-01"), Referral("i2", "v1", "2024-05-02"), Referral("i3", "v2", "2024-05-03"), Referral("i2", "v3", "2024-05-04")));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal((5L, "incident_id"), (problem.Row, problem.Column));
        Assert.Contains("i2", problem.Message, StringComparison.Ordinal);
        Assert.Contains("row 3", problem.Message, StringComparison.Ordinal);
        Assert.Contains("row 5", problem.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Store.CountRepeatDomesticAbuseAsync());
        Assert.Single(await Store.GetLoadsAsync());
    }

    [Fact]
    public async Task An_incident_id_already_held_is_refused_naming_the_row_and_the_stored_incident_stays()
    {
        await AppendIncidentsAsync(Referral("i1", "v1", "2024-05-01"), Referral("i2", "v2", "2024-05-01"));
        var before = await Store.CountRepeatDomesticAbuseAsync();

        var refused = await Assert.ThrowsAsync<RecordLoadException>(() => AppendIncidentsAsync(
            Referral("i9", "v1", "2024-06-01"), Referral("i2", "v2", "2024-06-01", AreaB)));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal((3L, "incident_id"), (problem.Row, problem.Column));
        Assert.Contains("incident id i2 is already held, from an earlier file", problem.Message, StringComparison.Ordinal);
        Assert.Contains("never replaced", problem.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Store.CountRepeatDomesticAbuseAsync());
        Assert.Single(await Store.GetLoadsAsync());
    }

    [Fact]
    public async Task The_latest_population_estimate_for_an_area_and_year_wins()
    {
        await AppendOutcomesAsync(Outcome("p1", 14, "2023-04-10"), Outcome("p2", 15, "2024-03-10"));
        await AppendPopulationAsync(new ChildPopulation(AreaA, 2023, 1_000));
        await AppendPopulationAsync(new ChildPopulation(AreaA, 2023, 1_200), new ChildPopulation(AreaB, 2023, 800));
        await AppendPopulationAsync(new ChildPopulation(AreaB, 2023, 900));

        var counts = await Store.CountFirstTimeEntrantsAsync();

        Assert.Equal(
            [Fte(AreaA, "2023-24 Q4", 2, 1_200), Fte(AreaB, "2023-24 Q4", 0, 900)],
            counts);
    }
}
