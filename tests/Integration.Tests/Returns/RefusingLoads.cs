using Safeguarding.Analytics.Warehouse.Observations;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Integration.Tests.Returns;

/// <summary>
/// The real warehouse, except that it refuses every load of one kind (its key's prefix: <c>submission:</c> for a
/// return, <c>comparator:</c> for a published file) once it has read its rows, as a store that has run out of space
/// would, quoting a figure in its error. Every other load, and every read, pass straight through.
/// </summary>
internal sealed class RefusingLoads(IAnalyticStore inner, string keyPrefix) : IAnalyticStore, IDisposable
{
    public const string Refusal = "The warehouse refused the load: no space left on the device";

    public string Engine => inner.Engine;

    public Task InstallSchemaAsync(CancellationToken cancellationToken = default) => inner.InstallSchemaAsync(cancellationToken);

    public Task<LoadRecord> AppendAsync(ObservationLoad load, CancellationToken cancellationToken = default)
    {
        if (!load.SubmissionKey.StartsWith(keyPrefix, StringComparison.Ordinal))
        {
            return inner.AppendAsync(load, cancellationToken);
        }

        var rows = load.Observations.ToList();
        throw new IOException($"{Refusal} after {rows.Count} rows, the last {rows.Max(o => o.Value)}");
    }

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

    /// <summary>The container disposes this decorator, not the store it wraps, so the store is disposed here.</summary>
    public void Dispose() => (inner as IDisposable)?.Dispose();
}
