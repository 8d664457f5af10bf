using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Warehouse.Records;

/// <summary>
/// The record-level events beside the observations in the analytic store's engine, and the derived indicators counted
/// from them where they lie. One implementation per engine (DuckDB, ClickHouse single node or cluster); every
/// implementation passes the same contract tests and gives the counts of <see cref="RecordIndicatorReference"/>.
/// </summary>
public interface IRecordStore
{
    /// <summary>The engine's name, for health reports and benchmarks.</summary>
    string Engine { get; }

    /// <summary>Creates the record tables if they are missing; safe to call at every start.</summary>
    Task InstallSchemaAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes and commits a load of incidents; refuses a load whose id or non-empty key is already committed.</summary>
    Task<LoadRecord> AppendIncidentsAsync(RecordLoad<DomesticAbuseIncident> load, CancellationToken cancellationToken = default);

    /// <summary>Writes and commits a load of youth justice outcomes, as <see cref="AppendIncidentsAsync"/>.</summary>
    Task<LoadRecord> AppendOutcomesAsync(RecordLoad<YouthJusticeOutcome> load, CancellationToken cancellationToken = default);

    /// <summary>Writes and commits a load of population estimates, as <see cref="AppendIncidentsAsync"/>.</summary>
    Task<LoadRecord> AppendPopulationAsync(RecordLoad<ChildPopulation> load, CancellationToken cancellationToken = default);

    /// <summary>The committed record load with this key, or null when none has landed.</summary>
    Task<LoadRecord?> FindLoadBySubmissionKeyAsync(string submissionKey, CancellationToken cancellationToken = default);

    /// <summary>Every committed record load, oldest first.</summary>
    Task<IReadOnlyList<LoadRecord>> GetLoadsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>repeat_da_pct</c> counted over every committed incident, per area and financial quarter, as
    /// <see cref="RecordIndicatorReference.RepeatDomesticAbuse"/> defines it; ordered by area then period start.
    /// </summary>
    Task<IReadOnlyList<DerivedCount>> CountRepeatDomesticAbuseAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>fte_rate_per_100k</c> counted over every committed outcome and population estimate, as
    /// <see cref="RecordIndicatorReference.FirstTimeEntrants"/> defines it; ordered by area then period start.
    /// </summary>
    Task<IReadOnlyList<DerivedCount>> CountFirstTimeEntrantsAsync(CancellationToken cancellationToken = default);
}
