using System.Collections.Concurrent;
using System.Globalization;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Warehouse.Figures;

/// <summary>
/// The warehouse's latest figures for a read asked again and again (the board overview's), kept until the next load
/// commits. Loads are the warehouse's only writers, so each read first asks the store for its <see cref="LoadStamp"/>
/// (one row) and answers from what it kept while the stamp is unchanged; a load committed by any instance of the service
/// moves the stamp and the figures are read afresh. A read as the store stood at a moment is never kept.
/// </summary>
public sealed class LatestFigures(IAnalyticStore warehouse)
{
    /// <summary>Different reads kept at once; more than this and the oldest are let go.</summary>
    public const int Kept = 8;

    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<Observation>>>> _reads = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private LoadStamp _readAt = LoadStamp.Empty;

    /// <summary>Where the warehouse's loads stand now.</summary>
    public Task<LoadStamp> StampAsync(CancellationToken cancellationToken = default) => warehouse.GetLoadStampAsync(cancellationToken);

    /// <summary>The observations matching the query, as the warehouse stands now.</summary>
    public async Task<IReadOnlyList<Observation>> QueryAsync(ObservationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.AsOf is not null)
        {
            return await warehouse.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        }

        KeepTo(await StampAsync(cancellationToken).ConfigureAwait(false));
        var key = KeyOf(query);
        var read = _reads.GetOrAdd(key, k =>
        {
            _order.Enqueue(k);
            return new Lazy<Task<IReadOnlyList<Observation>>>(() => warehouse.QueryAsync(query, CancellationToken.None));
        });
        LetOldestGo();
        try
        {
            return await read.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (read.Value.IsFaulted)
        {
            _reads.TryRemove(new KeyValuePair<string, Lazy<Task<IReadOnlyList<Observation>>>>(key, read));
            throw;
        }
    }

    /// <summary>Lets every kept read go once a load has committed since they were made.</summary>
    private void KeepTo(LoadStamp stamp)
    {
        if (Volatile.Read(ref _readAt) == stamp)
        {
            return;
        }

        lock (_reads)
        {
            if (_readAt != stamp)
            {
                _reads.Clear();
                _order.Clear();
                Volatile.Write(ref _readAt, stamp);
            }
        }
    }

    private void LetOldestGo()
    {
        while (_reads.Count > Kept && _order.TryDequeue(out var oldest))
        {
            _reads.TryRemove(oldest, out _);
        }
    }

    private static string KeyOf(ObservationQuery query) => string.Join(
        '|',
        Listed(query.IndicatorIds),
        Listed(query.AreaCodes),
        query.EveryAreaFrom?.Key,
        Listed(query.PeriodKeys),
        query.From?.Key,
        query.To?.Key,
        query.PeriodKind?.ToString(),
        query.AllVersions.ToString(CultureInfo.InvariantCulture));

    private static string Listed(IReadOnlyCollection<string>? values) =>
        values is null ? "*" : string.Join(',', values.Order(StringComparer.Ordinal));
}
