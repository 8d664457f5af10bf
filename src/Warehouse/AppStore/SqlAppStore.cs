using System.Data.Common;
using System.Text.Json;
using Dapper;
using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Warehouse.AppStore;

/// <summary>
/// The app store's queries, written once in the SQL that SQLite and PostgreSQL share (ON CONFLICT upserts,
/// named parameters); each engine supplies its connection, its migrations and its few dialect differences.
/// </summary>
public abstract partial class SqlAppStore : IAppStore
{
    private const string IndicatorColumns = """
        id AS Id, name AS Name, priority_id AS PriorityId, domain AS Domain, lead_agency AS LeadAgency, unit AS Unit,
        multiplier AS Multiplier, value_type AS ValueType, polarity AS Polarity, frequency AS Frequency,
        quarter_annualisation AS QuarterAnnualisation, target AS Target,
        comparator_source AS ComparatorSource, comparator_measure AS ComparatorMeasure,
        comparator_year_type AS ComparatorYearType, decimal_places AS DecimalPlaces, definition AS Definition
        """;

    private const string UpsertIndicator = """
        INSERT INTO indicators (id, name, priority_id, domain, lead_agency, unit, multiplier, value_type, polarity,
            frequency, quarter_annualisation, target, comparator_source, comparator_measure, comparator_year_type,
            decimal_places, definition)
        VALUES (@Id, @Name, @PriorityId, @Domain, @LeadAgency, @Unit, @Multiplier, @ValueType, @Polarity,
            @Frequency, @QuarterAnnualisation, @Target, @ComparatorSource, @ComparatorMeasure, @ComparatorYearType,
            @DecimalPlaces, @Definition)
        ON CONFLICT (id) DO
        """;

    private const string UpsertPriority = """
        INSERT INTO board_priorities (id, sort_order, name, description) VALUES (@Id, @Order, @Name, @Description)
        ON CONFLICT (id) DO
        """;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public abstract string Engine { get; }

    /// <summary>The folder of this engine's migrations under AppStore/Migrations.</summary>
    protected abstract string MigrationsFolder { get; }

    /// <summary>A statement that serialises migrations across processes, or null where the engine needs none.</summary>
    protected virtual string? MigrationLock => null;

    /// <summary>SQL for "now" as the engine stores edit times.</summary>
    protected abstract string NowSql { get; }

    protected abstract string VersionSql { get; }

    /// <summary>
    /// "Is one of the list in this parameter": Dapper expands a list into one parameter per item for SQLite, but hands
    /// Npgsql a single array.
    /// </summary>
    protected abstract string InList(string parameter);

    protected abstract DbConnection CreateConnection();

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await MigrationRunner.ApplyAsync(connection, MigrationsFolder, MigrationLock, NowSql, cancellationToken);
    }

    public async Task<IReadOnlyList<BoardPriority>> GetPrioritiesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PriorityRow>(new CommandDefinition(
            "SELECT id AS Id, sort_order AS SortOrder, name AS Name, description AS Description FROM board_priorities ORDER BY sort_order, id",
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToPriority()).ToList();
    }

    public async Task<IReadOnlyList<Indicator>> GetIndicatorsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<IndicatorRow>(new CommandDefinition(
            $"SELECT {IndicatorColumns} FROM indicators ORDER BY id", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToIndicator()).ToList();
    }

    public async Task<Indicator?> FindIndicatorAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<IndicatorRow>(new CommandDefinition(
            $"SELECT {IndicatorColumns} FROM indicators WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToIndicator();
    }

    public async Task<int> SeedCatalogueAsync(IEnumerable<BoardPriority> priorities, IEnumerable<Indicator> indicators, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var added = 0;
        foreach (var priority in priorities)
        {
            added += await connection.ExecuteAsync(new CommandDefinition(
                UpsertPriority + " NOTHING", priority, transaction, cancellationToken: cancellationToken));
        }

        foreach (var indicator in indicators)
        {
            added += await connection.ExecuteAsync(new CommandDefinition(
                UpsertIndicator + " NOTHING", IndicatorRow.From(indicator), transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task SaveIndicatorAsync(Indicator indicator, string editedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var before = await FindIndicatorAsync(indicator.Id, cancellationToken);
        await SaveWithEditAsync(
            UpsertIndicator + """
                 UPDATE SET name = excluded.name, priority_id = excluded.priority_id, domain = excluded.domain,
                    lead_agency = excluded.lead_agency, unit = excluded.unit, multiplier = excluded.multiplier,
                    value_type = excluded.value_type, polarity = excluded.polarity, frequency = excluded.frequency,
                    quarter_annualisation = excluded.quarter_annualisation, target = excluded.target, comparator_source = excluded.comparator_source,
                    comparator_measure = excluded.comparator_measure, comparator_year_type = excluded.comparator_year_type,
                    decimal_places = excluded.decimal_places, definition = excluded.definition
                """,
            IndicatorRow.From(indicator), "indicator", indicator.Id, before, indicator, editedBy, cancellationToken);
    }

    public async Task SavePriorityAsync(BoardPriority priority, string editedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(priority);
        var before = (await GetPrioritiesAsync(cancellationToken)).FirstOrDefault(p => p.Id == priority.Id);
        await SaveWithEditAsync(
            UpsertPriority + " UPDATE SET sort_order = excluded.sort_order, name = excluded.name, description = excluded.description",
            priority, "priority", priority.Id, before, priority, editedBy, cancellationToken);
    }

    public async Task<IReadOnlyList<CatalogueEdit>> GetCatalogueEditsAsync(string? entityId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<EditRow>(new CommandDefinition(
            """
            SELECT id AS Id, entity AS Entity, entity_id AS EntityId, edited_by AS EditedBy, edited_at AS EditedAt,
                   before_json AS BeforeJson, after_json AS AfterJson
            FROM catalogue_edits
            WHERE @entityId IS NULL OR entity_id = @entityId
            ORDER BY id DESC
            """,
            new { entityId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToEdit()).ToList();
    }

    public async Task<string> PingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string>(new CommandDefinition(VersionSql, cancellationToken: cancellationToken)) ?? Engine;
    }

    protected async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await OnOpenedAsync(connection, cancellationToken);
        return connection;
    }

    /// <summary>Settings an engine applies to each connection it opens.</summary>
    protected virtual Task OnOpenedAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SaveWithEditAsync<T>(string upsertSql, object row, string entity, string entityId, T? before, T after, string editedBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(editedBy);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(upsertSql, row, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO catalogue_edits (entity, entity_id, edited_by, edited_at, before_json, after_json)
            VALUES (@entity, @entityId, @editedBy, {NowSql}, @beforeJson, @afterJson)
            """,
            new
            {
                entity,
                entityId,
                editedBy,
                beforeJson = before is null ? null : JsonSerializer.Serialize(before, Json),
                afterJson = JsonSerializer.Serialize(after, Json),
            },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}
