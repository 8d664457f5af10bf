using Dapper;
using Safeguarding.Analytics.Warehouse.Commentary;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// Agency commentary: each note on a figure is a version; a note the same as the latest adds nothing.
public abstract partial class SqlAppStore
{
    private const string LatestVersionOnly = """
        AND NOT EXISTS (SELECT 1 FROM commentary later
                        WHERE later.indicator_id = c.indicator_id AND later.area_code = c.area_code
                          AND later.period_key = c.period_key AND later.agency_id = c.agency_id AND later.version > c.version)
        """;

    /// <summary>A statement that serialises commentary writes across processes, or null where a write transaction already does.</summary>
    protected virtual string? CommentaryLock => null;

    public async Task<IReadOnlyList<AgencyCommentary>> AddCommentaryAsync(IReadOnlyList<AgencyCommentary> notes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notes);
        foreach (var note in notes)
        {
            CheckNote(note);
        }

        if (notes.Count == 0)
        {
            return [];
        }

        var createdAt = StoredValue.Millisecond(DateTime.UtcNow);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (CommentaryLock is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(CommentaryLock, transaction: transaction, cancellationToken: cancellationToken));
        }

        var added = new List<AgencyCommentary>();
        foreach (var group in notes.GroupBy(n => (n.AgencyId, n.PeriodKey)))
        {
            var latest = (await connection.QueryAsync<CommentaryRow>(new CommandDefinition(
                    $"SELECT {CommentaryRow.Columns} FROM commentary c WHERE agency_id = @AgencyId AND period_key = @PeriodKey {LatestVersionOnly}",
                    new { group.Key.AgencyId, group.Key.PeriodKey },
                    transaction,
                    cancellationToken: cancellationToken)))
                .Select(r => r.ToCommentary())
                .ToDictionary(KeyOf);
            foreach (var note in group)
            {
                var previous = latest.GetValueOrDefault(KeyOf(note));
                if (previous is not null && string.Equals(previous.Text, note.Text, StringComparison.Ordinal))
                {
                    continue;
                }

                var stored = note with { Version = (previous?.Version ?? 0) + 1, CreatedAt = createdAt };
                var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    """
                    INSERT INTO commentary (indicator_id, area_code, period_key, agency_id, text, version, submission_id, author, created_at)
                    VALUES (@IndicatorId, @AreaCode, @PeriodKey, @AgencyId, @Text, @Version, @SubmissionId, @Author, @CreatedAt)
                    RETURNING id
                    """,
                    new
                    {
                        stored.IndicatorId, stored.AreaCode, stored.PeriodKey, stored.AgencyId, stored.Text, stored.Version,
                        stored.SubmissionId, stored.Author, stored.CreatedAt,
                    },
                    transaction,
                    cancellationToken: cancellationToken));
                stored = stored with { Id = id };
                latest[KeyOf(stored)] = stored;
                added.Add(stored);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<IReadOnlyList<AgencyCommentary>> GetCommentaryAsync(CommentaryFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CommentaryRow>(new CommandDefinition(
            $"""
            SELECT {CommentaryRow.Columns} FROM commentary c
            WHERE (@IndicatorId IS NULL OR c.indicator_id = @IndicatorId) AND (@AreaCode IS NULL OR c.area_code = @AreaCode)
              AND (@PeriodKey IS NULL OR c.period_key = @PeriodKey) AND (@AgencyId IS NULL OR c.agency_id = @AgencyId)
              {(filter.LatestOnly ? LatestVersionOnly : string.Empty)}
            ORDER BY c.period_key, c.agency_id, c.indicator_id, c.area_code, c.version
            LIMIT @Limit
            """,
            new { filter.IndicatorId, filter.AreaCode, filter.PeriodKey, filter.AgencyId, Limit = Math.Clamp(filter.Limit, 1, 10_000) },
            cancellationToken: cancellationToken));

        // Ordered again by code point: engines' text collations differ, the board's order must not.
        return rows.Select(r => r.ToCommentary())
            .OrderBy(c => c.PeriodKey, StringComparer.Ordinal)
            .ThenBy(c => c.AgencyId, StringComparer.Ordinal)
            .ThenBy(c => c.IndicatorId, StringComparer.Ordinal)
            .ThenBy(c => c.AreaCode, StringComparer.Ordinal)
            .ThenBy(c => c.Version)
            .ToList();
    }

    private static (string, string, string, string) KeyOf(AgencyCommentary note) => (note.IndicatorId, note.AreaCode, note.PeriodKey, note.AgencyId);

    private static void CheckNote(AgencyCommentary note)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentException.ThrowIfNullOrWhiteSpace(note.IndicatorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(note.AreaCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(note.PeriodKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(note.AgencyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(note.Text);

        // PostgreSQL's text cannot hold a NUL character; refused on every engine so both behave alike.
        if (note.Text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"The note on {note.IndicatorId} for {note.PeriodKey} holds a NUL character.", nameof(note));
        }
    }
}

internal sealed class CommentaryRow
{
    public const string Columns = """
        c.id AS Id, c.indicator_id AS IndicatorId, c.area_code AS AreaCode, c.period_key AS PeriodKey, c.agency_id AS AgencyId,
        c.text AS Text, c.version AS Version, c.submission_id AS SubmissionId, c.author AS Author, c.created_at AS CreatedAt
        """;

    public long Id { get; set; }
    public string IndicatorId { get; set; } = "";
    public string AreaCode { get; set; } = "";
    public string PeriodKey { get; set; } = "";
    public string AgencyId { get; set; } = "";
    public string Text { get; set; } = "";
    public int Version { get; set; }
    public long? SubmissionId { get; set; }
    public string? Author { get; set; }
    public object CreatedAt { get; set; } = "";

    public AgencyCommentary ToCommentary() => new()
    {
        Id = Id,
        IndicatorId = IndicatorId,
        AreaCode = AreaCode,
        PeriodKey = PeriodKey,
        AgencyId = AgencyId,
        Text = Text,
        Version = Version,
        SubmissionId = SubmissionId,
        Author = Author,
        CreatedAt = StoredValue.Utc(CreatedAt),
    };
}
