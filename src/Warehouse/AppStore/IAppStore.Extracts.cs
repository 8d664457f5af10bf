using Safeguarding.Analytics.Warehouse.Extracts;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// Deep-dive extracts: the definitions analysts keep, and each run with the file it made.
public partial interface IAppStore
{
    /// <summary>The extracts defined and not deleted, by title.</summary>
    Task<IReadOnlyList<ExtractDefinition>> GetExtractsAsync(CancellationToken cancellationToken = default);

    /// <summary>The extract with this id, or null when there is none or it was deleted.</summary>
    Task<ExtractDefinition?> FindExtractAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Adds or changes an extract by id (bringing a deleted one back); returns it as stored.</summary>
    Task<ExtractDefinition> SaveExtractAsync(ExtractDefinition extract, string editedBy, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds the extract only when no extract with its id was ever stored (a deleted one counts), so a default made on
    /// first start is made once: an analyst's edit or deletion stands. True when added.
    /// </summary>
    Task<bool> AddExtractIfNeverStoredAsync(ExtractDefinition extract, string createdBy, CancellationToken cancellationToken = default);

    /// <summary>Marks an extract deleted; its runs and files are kept. False when there was none to delete.</summary>
    Task<bool> DeleteExtractAsync(string id, string deletedBy, CancellationToken cancellationToken = default);

    /// <summary>Adds a queued run and returns it with its id and time.</summary>
    Task<ExtractRun> AddExtractRunAsync(ExtractRun run, CancellationToken cancellationToken = default);

    Task<ExtractRun?> FindExtractRunAsync(long runId, CancellationToken cancellationToken = default);

    /// <summary>An extract's runs, newest first, up to <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ExtractRun>> GetExtractRunsAsync(string extractId, int limit = 100, CancellationToken cancellationToken = default);

    /// <summary>The latest run of each extract that has one: extract id → run.</summary>
    Task<IReadOnlyDictionary<string, ExtractRun>> GetLatestExtractRunsAsync(CancellationToken cancellationToken = default);

    /// <summary>Marks a run running, with the periods it covers; returns it.</summary>
    /// <exception cref="KeyNotFoundException">No run has this id.</exception>
    Task<ExtractRun> StartExtractRunAsync(long runId, DateTime startedAt, string periodFrom, string periodTo, CancellationToken cancellationToken = default);

    /// <summary>Records how a run ended: its file and counts, or why it failed.</summary>
    Task CompleteExtractRunAsync(ExtractRunOutcome outcome, CancellationToken cancellationToken = default);
}
