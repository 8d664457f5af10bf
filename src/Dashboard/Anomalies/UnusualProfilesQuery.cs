using Safeguarding.Analytics.Domain.Areas;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Forecasting.Anomalies;
using Safeguarding.Analytics.Ingest.Jobs;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Figures;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Dashboard.Anomalies;

/// <summary>
/// Local authorities ranked by how unusual their multi-indicator profile is for a period (ML.NET randomized PCA, a
/// model per period), with the indicators that drive each score, as the reader may see them: a driver is one area's
/// figure, and one withheld from the reader goes without its value and standard score. The models are trained once
/// per state of the warehouse (its latest load) and their scores reused until the next load.
/// </summary>
public sealed class UnusualProfilesQuery(IAnalyticStore warehouse, IAppStore appStore, AreaDirectory areas, ProfileModelCache cache, FiguresForReaders figures)
{
    public async Task<UnusualProfiles> ForAsync(Reader reader, Period period, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(period);
        var trained = await cache.GetAsync(warehouse, areas, cancellationToken);
        if (!trained.Models.TryGetValue(period.Key, out var model))
        {
            return new UnusualProfiles(period, null, []);
        }

        var withheld = await figures.WithheldFromAsync(reader, await appStore.GetIndicatorsAsync(cancellationToken), cancellationToken: cancellationToken);
        bool Hidden(string indicatorId, string areaCode) => withheld.TryGetValue(indicatorId, out var decided) && decided.IsWithheld(areaCode, period.Key);
        var ranked = trained.Scores.Where(s => s.PeriodKey == period.Key).OrderBy(s => s.Rank).Take(limit);
        return new UnusualProfiles(period, model, [.. ranked.Select(s => new UnusualProfile(
            s,
            areas.Find(s.AreaCode)?.Name,
            [.. s.Drivers.Select(d => Hidden(d.IndicatorId, s.AreaCode)
                ? new ProfileDriver(d.IndicatorId, null, null, "a figure withheld for a small count")
                : new ProfileDriver(d.IndicatorId, d.Value, d.StandardScore, null))]))]);
    }
}

/// <summary>A period's unusual profiles: the model (null when the period has none) and the areas in rank order.</summary>
public sealed record UnusualProfiles(Period Period, ProfileModel? Model, IReadOnlyList<UnusualProfile> Areas);

/// <summary>One area's score and the figures that drive it.</summary>
public sealed record UnusualProfile(ProfileScore Score, string? Name, IReadOnlyList<ProfileDriver> Drivers);

/// <summary>An indicator driving a score: its figure and standard score, or why they are withheld.</summary>
public sealed record ProfileDriver(string IndicatorId, double? Value, double? StandardScore, string? Withheld);

/// <summary>The trained profile model and its scores, kept until the warehouse's latest load changes.</summary>
public sealed class ProfileModelCache : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string LoadId, ProfileModels Trained)? _current;

    public async Task<ProfileModels> GetAsync(IAnalyticStore warehouse, AreaDirectory areas, CancellationToken ct)
    {
        var loads = await warehouse.GetLoadsAsync(ct);
        var latest = loads.Count == 0 ? string.Empty : loads[^1].LoadId;
        await _gate.WaitAsync(ct);
        try
        {
            if (_current is not { } current || current.LoadId != latest)
            {
                current = (latest, await NationalProfiles.TrainAsync(warehouse, areas, ct));
                _current = current;
            }

            return current.Trained;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
