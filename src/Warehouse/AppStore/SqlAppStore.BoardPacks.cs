using Dapper;
using Safeguarding.Analytics.Warehouse.BoardPacks;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// Board packs: a version is taken in the same statement that writes it, and the engine refuses to change one.
public abstract partial class SqlAppStore
{
    private const string BoardPackColumns = """
        quarter AS Quarter, version AS Version, presented_on AS PresentedOn, data_as_of AS DataAsOf,
        frozen_by AS FrozenBy, frozen_at AS FrozenAt, content_sha256 AS ContentSha256
        """;

    /// <summary>A statement that serialises freezing across processes, or null where a write transaction already does.</summary>
    protected virtual string? BoardPackLock => null;

    public async Task<BoardPackVersion> AddBoardPackAsync(BoardPackVersion pack, string contentJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pack);
        CheckPackText(pack.Quarter, nameof(pack.Quarter));
        CheckPackText(pack.FrozenBy, nameof(pack.FrozenBy));
        CheckPackText(contentJson, nameof(contentJson));
        var stored = pack with
        {
            DataAsOf = StoredValue.Millisecond(pack.DataAsOf.ToUniversalTime()),
            FrozenAt = StoredValue.Millisecond(DateTime.UtcNow),
            ContentSha256 = BoardPackHash.Of(contentJson),
        };

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (BoardPackLock is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(BoardPackLock, transaction: transaction, cancellationToken: cancellationToken));
        }

        var version = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"""
            INSERT INTO board_packs (quarter, version, presented_on, data_as_of, frozen_by, frozen_at, content_json, content_sha256)
            SELECT @Quarter, COALESCE(MAX(version), 0) + 1, {DateParameter("@presentedOn")}, @DataAsOf, @FrozenBy, @FrozenAt, @contentJson, @ContentSha256
            FROM board_packs WHERE quarter = @Quarter
            RETURNING version
            """,
            new { stored.Quarter, presentedOn = StoredDate.Text(stored.PresentedOn), stored.DataAsOf, stored.FrozenBy, stored.FrozenAt, contentJson, stored.ContentSha256 },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return stored with { Version = checked((int)version) };
    }

    public async Task<IReadOnlyList<BoardPackVersion>> GetBoardPacksAsync(string? quarter = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<BoardPackRow>(new CommandDefinition(
            $"SELECT {BoardPackColumns} FROM board_packs WHERE (@quarter IS NULL OR quarter = @quarter)",
            new { quarter },
            cancellationToken: cancellationToken));

        // Quarter keys sort as text in the board's order ("2024-25 Q4" before "2025-26 Q1"); by code point on every engine.
        return rows.Select(r => r.ToVersion())
            .OrderByDescending(p => p.Quarter, StringComparer.Ordinal)
            .ThenByDescending(p => p.Version)
            .ToList();
    }

    public async Task<FrozenBoardPack?> FindBoardPackAsync(string quarter, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<BoardPackRow>(new CommandDefinition(
            $"SELECT {BoardPackColumns}, content_json AS ContentJson FROM board_packs WHERE quarter = @quarter AND version = @version",
            new { quarter, version },
            cancellationToken: cancellationToken));
        return row is null ? null : new FrozenBoardPack(row.ToVersion(), row.ContentJson);
    }

    public async Task<IReadOnlyList<ExceptionStepTaken>> GetExceptionStepsUpToAsync(DateTime moment, CancellationToken cancellationToken = default)
    {
        var utc = moment.ToUniversalTime();
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<StepRow>(new CommandDefinition(
            $"SELECT {StepColumns} FROM exception_steps ORDER BY exception_id, number", cancellationToken: cancellationToken));

        // Compared here rather than in SQL: SQLite keeps times as text, and the comparison must mean the same on both engines.
        return rows.Select(r => r.ToStep()).Where(s => s.At <= utc).ToList();
    }

    private static void CheckPackText(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"{name} holds a NUL character, which cannot be kept.", name);
        }
    }

    private sealed class BoardPackRow
    {
        public string Quarter { get; set; } = "";
        public long Version { get; set; }
        public object PresentedOn { get; set; } = "";
        public object DataAsOf { get; set; } = "";
        public string FrozenBy { get; set; } = "";
        public object FrozenAt { get; set; } = "";
        public string ContentSha256 { get; set; } = "";
        public string ContentJson { get; set; } = "";

        public BoardPackVersion ToVersion() => new()
        {
            Quarter = Quarter,
            Version = checked((int)Version),
            PresentedOn = StoredDate.Nullable(PresentedOn)!.Value,
            DataAsOf = StoredValue.Utc(DataAsOf),
            FrozenBy = FrozenBy,
            FrozenAt = StoredValue.Utc(FrozenAt),
            ContentSha256 = ContentSha256,
        };
    }
}
