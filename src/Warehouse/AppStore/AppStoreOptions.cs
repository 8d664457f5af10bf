namespace Safeguarding.Analytics.Warehouse.AppStore;

public enum AppStoreEngine
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from the <c>AppStore</c> section; connection strings from <c>ConnectionStrings:AppStore</c>.</summary>
public sealed class AppStoreOptions
{
    public const string Section = "AppStore";

    public AppStoreEngine Engine { get; set; } = AppStoreEngine.Sqlite;

    /// <summary>Used when no <c>ConnectionStrings:AppStore</c> is given for SQLite.</summary>
    public string SqlitePath { get; set; } = "data-local/appstore.db";
}
