using Dapper;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// Data-protection keys: added once, read by every instance, never changed here.
public abstract partial class SqlAppStore
{
    public async Task StoreDataProtectionKeyAsync(string friendlyName, string xml, DateTime storedAt, CancellationToken cancellationToken = default)
    {
        CheckKeyText(friendlyName, nameof(friendlyName));
        CheckKeyText(xml, nameof(xml));
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO data_protection_keys (friendly_name, xml, stored_at) VALUES (@friendlyName, @xml, @storedAt)
            ON CONFLICT (friendly_name) DO NOTHING
            """,
            new { friendlyName, xml, storedAt = StoredValue.Millisecond(storedAt.ToUniversalTime()) },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<string>> GetDataProtectionKeysAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT xml FROM data_protection_keys ORDER BY stored_at, friendly_name", cancellationToken: cancellationToken));
        return rows.ToList();
    }

    private static void CheckKeyText(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"The data-protection key's {name} is empty or holds a NUL.", name);
        }
    }
}
