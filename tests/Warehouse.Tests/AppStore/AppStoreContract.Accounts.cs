using Safeguarding.Analytics.Domain.Readers;
using System.Data.Common;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.AppStore;

namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

// Accounts and personal access tokens, on every engine: user names are unique whatever their case, wrong passwords
// count to a lock and a success clears them, tokens are found by hash with their owner and revoked only by their owner.
public abstract partial class AppStoreContract
{
    private static readonly DateTime SignInDay = new(2025, 7, 14, 9, 0, 0, DateTimeKind.Utc);

    private static Account Person(string userName, string role = BoardRoles.QaMember, string? agency = null) => new()
    {
        UserName = userName,
        DisplayName = "Sam Example",
        Role = role,
        AgencyId = agency,
        PasswordHash = "hash-of-" + userName,
    };

    [Fact]
    public async Task An_account_reads_back_field_for_field_by_its_user_name_in_any_case()
    {
        var store = await CreateStoreAsync();
        var added = await store.AddAccountAsync(Person(" Police.Lead ", BoardRoles.AgencyLead, "police") with { MustChangePassword = true });

        Assert.Equal("police.lead", added.UserName);
        Assert.Equal(added, await store.FindAccountAsync("POLICE.LEAD"));
        Assert.Equal([added], await store.GetAccountsAsync());
        Assert.Null(await store.FindAccountAsync("someone.else"));
    }

    [Fact]
    public async Task A_second_account_with_the_same_user_name_is_refused()
    {
        var store = await CreateStoreAsync();
        await store.AddAccountAsync(Person("qa.member"));

        await Assert.ThrowsAnyAsync<DbException>(() => store.AddAccountAsync(Person("QA.Member")));
    }

    [Fact]
    public async Task An_agency_lead_must_have_an_agency_and_no_other_role_may()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAnyAsync<DbException>(() => store.AddAccountAsync(Person("lead", BoardRoles.AgencyLead)));
        await Assert.ThrowsAnyAsync<DbException>(() => store.AddAccountAsync(Person("qa", BoardRoles.QaMember, "police")));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAccountAsync(Person("x", "Superuser")));
    }

    [Fact]
    public async Task Wrong_passwords_count_to_a_lock_and_a_success_clears_the_count()
    {
        var store = await CreateStoreAsync();
        var account = await store.AddAccountAsync(Person("analyst", BoardRoles.Analyst));
        var lockout = new SignInLockout(3, TimeSpan.FromMinutes(15), SignInDay);

        Assert.Equal(1, (await store.RecordSignInAsync(account.Id, false, lockout)).FailedSignIns);
        var cleared = await store.RecordSignInAsync(account.Id, true, lockout);
        Assert.Equal((0, null, SignInDay), (cleared.FailedSignIns, cleared.LockedUntil, cleared.LastSignInAt));

        await store.RecordSignInAsync(account.Id, false, lockout);
        var second = await store.RecordSignInAsync(account.Id, false, lockout);
        Assert.False(second.IsLockedAt(SignInDay));
        var locked = await store.RecordSignInAsync(account.Id, false, lockout);

        Assert.Equal(SignInDay.AddMinutes(15), locked.LockedUntil);
        Assert.True(locked.IsLockedAt(SignInDay.AddMinutes(14)));
        Assert.False(locked.IsLockedAt(SignInDay.AddMinutes(15)));
    }

    [Fact]
    public async Task A_new_password_clears_the_lock_and_says_whether_it_must_be_changed()
    {
        var store = await CreateStoreAsync();
        var account = await store.AddAccountAsync(Person("admin", BoardRoles.Admin));
        await store.RecordSignInAsync(account.Id, false, new SignInLockout(1, TimeSpan.FromHours(1), DateTime.UtcNow));

        await store.SetPasswordAsync(account.Id, "new-hash", mustChange: true);

        var after = await store.FindAccountAsync("admin");
        Assert.Equal(("new-hash", true, null), (after!.PasswordHash, after.MustChangePassword, after.LockedUntil));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SetPasswordAsync(999, "hash", false));
    }

    [Fact]
    public async Task An_access_token_is_found_by_its_hash_with_its_owner_and_revoked_only_by_its_owner()
    {
        var store = await CreateStoreAsync();
        var owner = await store.AddAccountAsync(Person("analyst", BoardRoles.Analyst));
        var other = await store.AddAccountAsync(Person("other", BoardRoles.Analyst));
        var token = await store.AddAccessTokenAsync(new AccessToken
        {
            AccountId = owner.Id,
            Name = "nightly extract",
            Prefix = "sga_abcd",
            TokenHash = "hash-1",
            ExpiresAt = SignInDay.AddDays(90),
        });

        var found = await store.FindAccessTokenAsync("hash-1");
        Assert.Equal((token, owner), found!.Value);
        Assert.Null(await store.FindAccessTokenAsync("hash-2"));
        Assert.Equal([token], await store.GetAccessTokensAsync(owner.Id));

        Assert.False(await store.RevokeAccessTokenAsync(other.Id, token.Id));
        Assert.True(await store.RevokeAccessTokenAsync(owner.Id, token.Id));
        Assert.False(await store.RevokeAccessTokenAsync(owner.Id, token.Id));
        await store.MarkAccessTokenUsedAsync(token.Id, SignInDay);
        var revoked = (await store.FindAccessTokenAsync("hash-1"))!.Value.Token;
        Assert.NotNull(revoked.RevokedAt);
        Assert.Equal(SignInDay, revoked.LastUsedAt);
        Assert.False(revoked.IsUsableAt(SignInDay));
    }
}
