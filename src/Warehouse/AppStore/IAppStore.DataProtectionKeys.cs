namespace Safeguarding.Analytics.Warehouse.AppStore;

// Data-protection keys: the key ring every instance on this app store shares.
public partial interface IAppStore
{
    /// <summary>
    /// Keeps a data-protection key's XML under its name; a name already kept keeps its first XML (two instances
    /// writing the same key at once store it once).
    /// </summary>
    /// <exception cref="ArgumentException">The name or the XML is empty or holds a NUL.</exception>
    Task StoreDataProtectionKeyAsync(string friendlyName, string xml, DateTime storedAt, CancellationToken cancellationToken = default);

    /// <summary>Every data-protection key's XML, oldest first.</summary>
    Task<IReadOnlyList<string>> GetDataProtectionKeysAsync(CancellationToken cancellationToken = default);
}
