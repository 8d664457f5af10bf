using System.Collections.Concurrent;
using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Disclosure;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Warehouse.Figures;

/// <summary>
/// The figures of an indicator a reader does not see, decided over the indicator's whole frame in the warehouse (every
/// area and period, the latest version of each) by <see cref="IndicatorDisclosure"/>. Every feature query asks here
/// before it shows a figure or works a statistic out, so the pages, the API, the packs and the extracts agree.
/// <para>
/// A decision holds until the next load: it is kept against the warehouse's <see cref="LoadStamp"/>, and made again
/// once another load commits. A series read as it stood at an earlier moment is decided over the frame as it stood then.
/// </para>
/// </summary>
public sealed class FiguresForReaders(IAnalyticStore warehouse, AreaDirectory areas)
{
    private readonly ConcurrentDictionary<string, Task<WithheldFigures>> _decided = new(StringComparer.Ordinal);
    private LoadStamp _decidedAt = LoadStamp.Empty;

    /// <summary>What the reader does not see of the indicator, as the warehouse stands now (or at <paramref name="asOf"/>).</summary>
    public async Task<WithheldFigures> WithheldFromAsync(Reader reader, Indicator indicator, DateTime? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(indicator);
        if (reader.Disclosure is not { } rule)
        {
            return WithheldFigures.None(indicator);
        }

        if (asOf is not null)
        {
            return await DecideAsync(indicator, rule, asOf, cancellationToken).ConfigureAwait(false);
        }

        await KeepToLatestLoadAsync(cancellationToken).ConfigureAwait(false);
        return await DecidedAsync(indicator, rule, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What the reader does not see of each indicator (at <paramref name="asOf"/>, when given), by indicator id.</summary>
    public async Task<IReadOnlyDictionary<string, WithheldFigures>> WithheldFromAsync(
        Reader reader, IEnumerable<Indicator> indicators, DateTime? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(indicators);
        var decided = new Dictionary<string, WithheldFigures>(StringComparer.Ordinal);
        if (reader.Disclosure is not { } rule)
        {
            foreach (var indicator in indicators)
            {
                decided[indicator.Id] = WithheldFigures.None(indicator);
            }

            return decided;
        }

        var asked = indicators.ToList();
        if (asOf is not null)
        {
            return await DecideAsync(asked, rule, asOf, cancellationToken).ConfigureAwait(false);
        }

        await KeepToLatestLoadAsync(cancellationToken).ConfigureAwait(false);
        // The indicators not yet decided since the last load are read in one query, not one each.
        var undecided = asked.Where(i => !_decided.ContainsKey(KeyOf(i))).ToList();
        if (undecided.Count > 1)
        {
            var together = DecideAsync(undecided, rule, null, CancellationToken.None);
            foreach (var indicator in undecided)
            {
                _decided.TryAdd(KeyOf(indicator), PickAsync(together, indicator.Id));
            }
        }

        foreach (var indicator in asked)
        {
            decided[indicator.Id] = await DecidedAsync(indicator, rule, cancellationToken).ConfigureAwait(false);
        }

        return decided;
    }

    /// <summary>Forgets every decision once the warehouse has taken a load since they were made.</summary>
    private async Task KeepToLatestLoadAsync(CancellationToken cancellationToken)
    {
        var stamp = await warehouse.GetLoadStampAsync(cancellationToken).ConfigureAwait(false);
        if (Volatile.Read(ref _decidedAt) == stamp)
        {
            return;
        }

        lock (_decided)
        {
            if (_decidedAt != stamp)
            {
                _decided.Clear();
                Volatile.Write(ref _decidedAt, stamp);
            }
        }
    }

    private async Task<WithheldFigures> DecidedAsync(Indicator indicator, DisclosureRule rule, CancellationToken cancellationToken)
    {
        var key = KeyOf(indicator);
        var decision = _decided.GetOrAdd(key, _ => DecideAsync(indicator, rule, null, CancellationToken.None));
        try
        {
            return await decision.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (decision.IsFaulted)
        {
            _decided.TryRemove(new KeyValuePair<string, Task<WithheldFigures>>(key, decision));
            throw;
        }
    }

    /// <summary>A decision rests on how the catalogue defines the indicator as well as on its figures.</summary>
    private static string KeyOf(Indicator indicator) => $"{indicator.Id}|{indicator.ValueType}|{indicator.Multiplier}|{indicator.QuarterAnnualisation}";

    private static async Task<WithheldFigures> PickAsync(Task<Dictionary<string, WithheldFigures>> together, string indicatorId) =>
        (await together.ConfigureAwait(false))[indicatorId];

    /// <summary>Decides several indicators from one read of their frames.</summary>
    private async Task<Dictionary<string, WithheldFigures>> DecideAsync(IReadOnlyList<Indicator> indicators, DisclosureRule rule, DateTime? asOf, CancellationToken cancellationToken)
    {
        var frames = (await warehouse.QueryAsync(new ObservationQuery { IndicatorIds = [.. indicators.Select(i => i.Id)], AsOf = asOf }, cancellationToken).ConfigureAwait(false))
            .ToLookup(o => o.IndicatorId, StringComparer.Ordinal);
        var decided = new Dictionary<string, WithheldFigures>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            decided[indicator.Id] = IndicatorDisclosure.Decide(indicator, [.. frames[indicator.Id]], areas, rule);
        }

        return decided;
    }

    private async Task<WithheldFigures> DecideAsync(Indicator indicator, DisclosureRule rule, DateTime? asOf, CancellationToken cancellationToken) =>
        (await DecideAsync([indicator], rule, asOf, cancellationToken).ConfigureAwait(false))[indicator.Id];
}
