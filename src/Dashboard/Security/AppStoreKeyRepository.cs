using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Safeguarding.Analytics.Warehouse.AppStore;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// The data-protection key ring kept in the app store, so every instance on the same app store reads the cookies and
/// antiforgery tokens of every other. Data protection calls this synchronously, rarely (at start and when a key is
/// added or the ring refreshed), so it waits on the store here.
/// </summary>
internal sealed class AppStoreKeyRepository(IAppStore store, TimeProvider clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        store.GetDataProtectionKeysAsync().GetAwaiter().GetResult().Select(XElement.Parse).ToList();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var name = string.IsNullOrWhiteSpace(friendlyName) ? $"key-{Guid.NewGuid():D}" : friendlyName;
        store.StoreDataProtectionKeyAsync(name, element.ToString(SaveOptions.DisableFormatting), clock.GetUtcNow().UtcDateTime)
            .GetAwaiter().GetResult();
    }
}
