using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.Observations;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Integration.Tests.Returns;

/// <summary>
/// The real ClickHouse store, except that the first load crashes the server as its first row is written — a power
/// cut at the worst moment, at a point the test can count on. Everything else passes straight through.
/// </summary>
internal sealed class CrashOnFirstLoad(IAnalyticStore inner, OwnClickHouseServer server) : IAnalyticStore
{
    private int _loads;

    public string Engine => inner.Engine;

    public Task InstallSchemaAsync(CancellationToken cancellationToken = default) => inner.InstallSchemaAsync(cancellationToken);

    public Task<LoadRecord> AppendAsync(ObservationLoad load, CancellationToken cancellationToken = default) =>
        Interlocked.Increment(ref _loads) == 1
            ? inner.AppendAsync(load with { Observations = CrashFirst(load.Observations) }, cancellationToken)
            : inner.AppendAsync(load, cancellationToken);

    public Task<IReadOnlyList<Observation>> QueryAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
        inner.QueryAsync(query, cancellationToken);

    public IAsyncEnumerable<Observation> StreamAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
        inner.StreamAsync(query, cancellationToken);

    public Task<IReadOnlyList<LoadedPeriod>> GetLoadedPeriodsAsync(CancellationToken cancellationToken = default) =>
        inner.GetLoadedPeriodsAsync(cancellationToken);

    public Task<LoadRecord?> FindLoadBySubmissionKeyAsync(string submissionKey, CancellationToken cancellationToken = default) =>
        inner.FindLoadBySubmissionKeyAsync(submissionKey, cancellationToken);

    public Task<IReadOnlyList<LoadRecord>> GetLoadsAsync(CancellationToken cancellationToken = default) => inner.GetLoadsAsync(cancellationToken);

    public Task<string> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    private IEnumerable<Observation> CrashFirst(IEnumerable<Observation> rows)
    {
        var first = true;
        foreach (var row in rows)
        {
            if (first)
            {
                server.Crash();
                first = false;
            }

            yield return row;
        }
    }
}
