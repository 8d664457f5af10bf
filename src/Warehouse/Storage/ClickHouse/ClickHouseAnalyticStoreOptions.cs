namespace Safeguarding.Analytics.Warehouse.Storage.ClickHouse;

/// <summary>The server (<c>Host=...;Port=8123</c>) and the database the store creates and uses.</summary>
public sealed record ClickHouseAnalyticStoreOptions(string ConnectionString, string Database = "safeguarding");
