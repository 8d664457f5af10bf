using Safeguarding.Analytics.Warehouse.Catalogue;

namespace Safeguarding.Analytics.Warehouse.AppStore;

/// <summary>
/// The application's own records: the catalogue with analysts' edits now; submissions, exceptions and schedules
/// later. One implementation per engine (SQLite embedded, PostgreSQL server), the same contract tests for each.
/// </summary>
public interface IAppStore
{
    string Engine { get; }

    /// <summary>Applies every migration not yet applied, in order; safe to call at every start.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<BoardPriority>> GetPrioritiesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Indicator>> GetIndicatorsAsync(CancellationToken cancellationToken = default);

    Task<Indicator?> FindIndicatorAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds the priorities and indicators the store does not hold yet. Existing rows are left alone, so an analyst's
    /// edit survives every restart. Returns how many rows were added.
    /// </summary>
    Task<int> SeedCatalogueAsync(IEnumerable<BoardPriority> priorities, IEnumerable<Indicator> indicators, CancellationToken cancellationToken = default);

    /// <summary>Adds or changes an indicator and records who changed what.</summary>
    Task SaveIndicatorAsync(Indicator indicator, string editedBy, CancellationToken cancellationToken = default);

    /// <summary>Adds or changes a board priority and records who changed what.</summary>
    Task SavePriorityAsync(BoardPriority priority, string editedBy, CancellationToken cancellationToken = default);

    /// <summary>The history of catalogue edits, newest first; for one indicator or priority when an id is given.</summary>
    Task<IReadOnlyList<CatalogueEdit>> GetCatalogueEditsAsync(string? entityId = null, CancellationToken cancellationToken = default);

    /// <summary>Answers a trivial query with the engine's version; throws when unreachable.</summary>
    Task<string> PingAsync(CancellationToken cancellationToken = default);
}

/// <summary>One change to the catalogue: the entity as it was (null when added) and as it became, as JSON.</summary>
public sealed record CatalogueEdit(long Id, string Entity, string EntityId, string EditedBy, DateTime EditedAt, string? BeforeJson, string AfterJson);
