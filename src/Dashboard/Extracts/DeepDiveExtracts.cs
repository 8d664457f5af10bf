using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Extracts;

namespace Safeguarding.Analytics.Dashboard.Extracts;

/// <summary>
/// The deep-dive extracts feature as the Extracts pages and <c>/api/extracts</c> read it: each extract with its latest
/// run, one extract with its runs, and a run's file. Extracts are the analysts' and administrators' (the routes'
/// policy); what a file carries was decided, under disclosure control, when the run wrote it.
/// </summary>
public sealed class DeepDiveExtracts(IAppStore store)
{
    /// <summary>Every extract's latest run, by extract id.</summary>
    public Task<IReadOnlyDictionary<string, ExtractRun>> LatestRunsAsync(CancellationToken cancellationToken = default) =>
        store.GetLatestExtractRunsAsync(cancellationToken);

    public Task<IReadOnlyList<ExtractDefinition>> ExtractsAsync(CancellationToken cancellationToken = default) => store.GetExtractsAsync(cancellationToken);

    public Task<ExtractDefinition?> FindAsync(string id, CancellationToken cancellationToken = default) => store.FindExtractAsync(id, cancellationToken);

    /// <summary>The extract's runs, newest first.</summary>
    public Task<IReadOnlyList<ExtractRun>> RunsAsync(string id, int limit = 100, CancellationToken cancellationToken = default) =>
        store.GetExtractRunsAsync(id, Math.Clamp(limit, 1, 1_000), cancellationToken);

    public Task<ExtractRun?> FindRunAsync(long runId, CancellationToken cancellationToken = default) => store.FindExtractRunAsync(runId, cancellationToken);

    /// <summary>The catalogue an extract is defined from: its priorities and indicators.</summary>
    public async Task<(IReadOnlyList<BoardPriority> Priorities, IReadOnlyList<Indicator> Indicators)> CatalogueAsync(CancellationToken cancellationToken = default) =>
        (await store.GetPrioritiesAsync(cancellationToken), await store.GetIndicatorsAsync(cancellationToken));
}
