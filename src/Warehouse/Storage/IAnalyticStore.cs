using Safeguarding.Analytics.Domain.Observations;

namespace Safeguarding.Analytics.Warehouse.Storage;

/// <summary>
/// The column store of observations. One implementation per engine (DuckDB embedded, ClickHouse server); every
/// implementation passes the same contract tests.
/// </summary>
public interface IAnalyticStore
{
    /// <summary>The engine's name, for health reports.</summary>
    string Engine { get; }

    /// <summary>Creates the tables if they are missing; safe to call at every start.</summary>
    Task InstallSchemaAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a load's observations and commits it; returns the committed load. Refuses a load whose id, or whose
    /// non-empty submission key, is already committed.
    /// </summary>
    Task<LoadRecord> AppendAsync(ObservationLoad load, CancellationToken cancellationToken = default);

    /// <summary>
    /// Observations matching the query, the latest version of each (indicator, area, period) unless all versions are
    /// asked for, ordered by indicator, area, period start and version.
    /// </summary>
    Task<IReadOnlyList<Observation>> QueryAsync(ObservationQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The same observations as <see cref="QueryAsync"/>, in the same order, handed on one at a time as the engine
    /// sends them, so that an extract of millions of rows never holds them all.
    /// </summary>
    IAsyncEnumerable<Observation> StreamAsync(ObservationQuery query, CancellationToken cancellationToken = default);

    /// <summary>Which periods hold observations, per indicator.</summary>
    Task<IReadOnlyList<LoadedPeriod>> GetLoadedPeriodsAsync(CancellationToken cancellationToken = default);

    /// <summary>The committed load with this submission key, or null when none has landed.</summary>
    Task<LoadRecord?> FindLoadBySubmissionKeyAsync(string submissionKey, CancellationToken cancellationToken = default);

    /// <summary>Every committed load, oldest first.</summary>
    Task<IReadOnlyList<LoadRecord>> GetLoadsAsync(CancellationToken cancellationToken = default);

    /// <summary>How many loads are committed and the order number of the last: one row, however many loads there are.</summary>
    Task<LoadStamp> GetLoadStampAsync(CancellationToken cancellationToken = default);

    /// <summary>Answers a trivial query; throws when the engine cannot be reached.</summary>
    Task<string> PingAsync(CancellationToken cancellationToken = default);
}

/// <summary>A period that holds observations of an indicator, and in how many areas.</summary>
public sealed record LoadedPeriod(string IndicatorId, string PeriodKey, long AreaCount);
