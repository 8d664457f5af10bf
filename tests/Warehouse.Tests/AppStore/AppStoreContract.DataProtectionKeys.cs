namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

// Data-protection keys, on every engine: kept once per name, read back whole by every instance, oldest first.
public abstract partial class AppStoreContract
{
    private static readonly DateTime KeyMade = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Data_protection_keys_read_back_whole_oldest_first()
    {
        var store = await CreateStoreAsync();
        Assert.Empty(await store.GetDataProtectionKeysAsync());

        await store.StoreDataProtectionKeyAsync("key-2", "<key id=\"2\"><descriptor>second é</descriptor></key>", KeyMade.AddDays(90));
        await store.StoreDataProtectionKeyAsync("key-1", "<key id=\"1\"><descriptor>first</descriptor></key>", KeyMade);

        Assert.Equal(
            ["<key id=\"1\"><descriptor>first</descriptor></key>", "<key id=\"2\"><descriptor>second é</descriptor></key>"],
            await store.GetDataProtectionKeysAsync());
    }

    [Fact]
    public async Task A_data_protection_key_stored_twice_keeps_its_first_xml()
    {
        var store = await CreateStoreAsync();

        await Task.WhenAll(
            store.StoreDataProtectionKeyAsync("key-1", "<key id=\"1\">first</key>", KeyMade),
            store.StoreDataProtectionKeyAsync("key-1", "<key id=\"1\">first</key>", KeyMade));
        await store.StoreDataProtectionKeyAsync("key-1", "<key id=\"1\">changed</key>", KeyMade.AddMinutes(1));

        Assert.Equal(["<key id=\"1\">first</key>"], await store.GetDataProtectionKeysAsync());
    }

    [Fact]
    public async Task An_empty_data_protection_key_is_refused_and_nothing_is_stored()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.StoreDataProtectionKeyAsync("", "<key/>", KeyMade));
        await Assert.ThrowsAsync<ArgumentException>(() => store.StoreDataProtectionKeyAsync("key-1", " ", KeyMade));
        await Assert.ThrowsAsync<ArgumentException>(() => store.StoreDataProtectionKeyAsync("key-1", "<key>\0</key>", KeyMade));

        Assert.Empty(await store.GetDataProtectionKeysAsync());
    }
}
