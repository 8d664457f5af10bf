using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Integration.Tests.Overview;

/// <summary>
/// The real warehouse, with a note of every call made while a web request is being handled. Calls from the
/// background jobs (the start-up refresh, the inbox watch) have no request, so they are not noted.
/// </summary>
public sealed class CountingAnalyticStore(IAnalyticStore warehouse, IHttpContextAccessor requests) : IAnalyticStore, IDisposable
{
    private readonly ConcurrentQueue<string> _calls = new();

    /// <summary>The methods called during requests since the last <see cref="Clear"/>, in order.</summary>
    public IReadOnlyList<string> Calls => [.. _calls];

    public string Engine => warehouse.Engine;

    public void Clear() => _calls.Clear();

    public Task InstallSchemaAsync(CancellationToken cancellationToken = default) =>
        Noted(nameof(InstallSchemaAsync), warehouse.InstallSchemaAsync(cancellationToken));

    public Task<LoadRecord> AppendAsync(ObservationLoad load, CancellationToken cancellationToken = default) =>
        Noted(nameof(AppendAsync), warehouse.AppendAsync(load, cancellationToken));

    public Task<IReadOnlyList<Observation>> QueryAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
        Noted(nameof(QueryAsync), warehouse.QueryAsync(query, cancellationToken));

    public IAsyncEnumerable<Observation> StreamAsync(ObservationQuery query, CancellationToken cancellationToken = default) =>
        Noted(nameof(StreamAsync), warehouse.StreamAsync(query, cancellationToken));

    public Task<IReadOnlyList<LoadedPeriod>> GetLoadedPeriodsAsync(CancellationToken cancellationToken = default) =>
        Noted(nameof(GetLoadedPeriodsAsync), warehouse.GetLoadedPeriodsAsync(cancellationToken));

    public Task<LoadRecord?> FindLoadBySubmissionKeyAsync(string submissionKey, CancellationToken cancellationToken = default) =>
        Noted(nameof(FindLoadBySubmissionKeyAsync), warehouse.FindLoadBySubmissionKeyAsync(submissionKey, cancellationToken));

    public Task<IReadOnlyList<LoadRecord>> GetLoadsAsync(CancellationToken cancellationToken = default) =>
        Noted(nameof(GetLoadsAsync), warehouse.GetLoadsAsync(cancellationToken));

    public Task<LoadStamp> GetLoadStampAsync(CancellationToken cancellationToken = default) =>
        Noted(nameof(GetLoadStampAsync), warehouse.GetLoadStampAsync(cancellationToken));

    public Task<string> PingAsync(CancellationToken cancellationToken = default) =>
        Noted(nameof(PingAsync), warehouse.PingAsync(cancellationToken));

    /// <summary>The container disposes this decorator, not the store it wraps, so the store is disposed here.</summary>
    public void Dispose() => (warehouse as IDisposable)?.Dispose();

    private T Noted<T>(string method, T call)
    {
        if (requests.HttpContext is not null)
        {
            _calls.Enqueue(method);
        }

        return call;
    }
}
