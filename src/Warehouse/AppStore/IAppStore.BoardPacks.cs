using Safeguarding.Analytics.Warehouse.BoardPacks;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// Board packs: each quarter's packs as frozen for the board, version by version, never overwritten.
public partial interface IAppStore
{
    /// <summary>
    /// Keeps a frozen pack as the quarter's next version (1 for the first) with its SHA-256 and the time it was frozen,
    /// and returns its record; two people freezing at once get consecutive versions.
    /// </summary>
    /// <exception cref="ArgumentException">A text is empty or holds a NUL, or the content is empty.</exception>
    Task<BoardPackVersion> AddBoardPackAsync(BoardPackVersion pack, string contentJson, CancellationToken cancellationToken = default);

    /// <summary>Every frozen version (without content), newest quarter first, then newest version first; one quarter's when given.</summary>
    Task<IReadOnlyList<BoardPackVersion>> GetBoardPacksAsync(string? quarter = null, CancellationToken cancellationToken = default);

    /// <summary>One frozen version with its content, or null.</summary>
    Task<FrozenBoardPack?> FindBoardPackAsync(string quarter, int version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps a pack's PDF unless one is already kept for the same quarter, version and HTML; either way returns the
    /// PDF kept (the first one kept, when two instances printed the same document at once). Kept PDFs never change.
    /// </summary>
    /// <exception cref="ArgumentException">The quarter is empty, the HTML hash is not 64 lower-case hex digits, or the PDF is empty.</exception>
    Task<byte[]> KeepBoardPackPdfAsync(BoardPackPdf pdf, CancellationToken cancellationToken = default);

    /// <summary>The PDF kept for that quarter, version and HTML (by its SHA-256), or null when none is.</summary>
    Task<byte[]?> FindBoardPackPdfAsync(string quarter, int version, string htmlSha256, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every QA step taken on any exception at or before <paramref name="moment"/> (UTC), by exception then number:
    /// where each exception stood with QA at that moment, for a pack read as at it.
    /// </summary>
    Task<IReadOnlyList<ExceptionStepTaken>> GetExceptionStepsUpToAsync(DateTime moment, CancellationToken cancellationToken = default);
}
