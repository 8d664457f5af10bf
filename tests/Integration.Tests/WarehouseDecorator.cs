using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Tests.Support;

/// <summary>
/// The real warehouse with every call passed straight through, for a test to change one call of: a load refused, a
/// read that fails, a server crashed mid-load. The container disposes the decorator, not the store it wraps, so the
/// store is disposed here.
/// </summary>
internal abstract class WarehouseDecorator(IAnalyticStore inner) : IAnalyticStore, IDisposable
{
    protected IAnalyticStore Inner => inner;

    public string Engine => inner.Engine;

    public virtual Task InstallSchemaAsync(CancellationToken cancellationToken = default) => inner.InstallSchemaAsync(cancellationToken);

    public virtual Task<LoadRecord> AppendAsync(ObservationLoad load, CancellationToken cancellationToken = default) => inner.AppendAsync(load, cancellationToken);

    public virtual Task<IReadOnlyList<Observation>> QueryAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
        inner.QueryAsync(query, cancellationToken);

    public virtual IAsyncEnumerable<Observation> StreamAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
        inner.StreamAsync(query, cancellationToken);

    public Task<IReadOnlyList<LoadedPeriod>> GetLoadedPeriodsAsync(CancellationToken cancellationToken = default) =>
        inner.GetLoadedPeriodsAsync(cancellationToken);

    public Task<LoadRecord?> FindLoadBySubmissionKeyAsync(string submissionKey, CancellationToken cancellationToken = default) =>
        inner.FindLoadBySubmissionKeyAsync(submissionKey, cancellationToken);

    public Task<IReadOnlyList<LoadRecord>> GetLoadsAsync(CancellationToken cancellationToken = default) => inner.GetLoadsAsync(cancellationToken);

    public Task<LoadStamp> GetLoadStampAsync(CancellationToken cancellationToken = default) => inner.GetLoadStampAsync(cancellationToken);

    public virtual Task<string> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    public void Dispose()
    {
        (inner as IDisposable)?.Dispose();
        GC.SuppressFinalize(this);
    }
}
