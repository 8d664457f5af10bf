using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.AppStore;

namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

// Sessions that can be ended, on every engine: each account has a security stamp of its own, and a new password, a new
// role or agency, disabling, enabling or signing out everywhere each give it another; nothing else changes it.
public abstract partial class AppStoreContract
{
    [Fact]
    public async Task Every_account_gets_a_security_stamp_of_its_own_and_is_not_disabled()
    {
        var store = await CreateStoreAsync();
        var first = await store.AddAccountAsync(Person("first") with { SecurityStamp = "chosen by the caller", DisabledAt = SignInDay });
        var second = await store.AddAccountAsync(Person("second"));

        Assert.Matches("^[0-9a-f]{32}$", first.SecurityStamp);
        Assert.NotEqual(first.SecurityStamp, second.SecurityStamp);
        Assert.Null((await store.FindAccountAsync("first"))!.DisabledAt);
        Assert.Equal(first.SecurityStamp, (await store.FindAccountAsync("first"))!.SecurityStamp);
    }

    [Fact]
    public async Task A_new_password_role_state_or_sign_out_everywhere_each_change_the_stamp_and_a_sign_in_does_not()
    {
        var store = await CreateStoreAsync();
        var account = await store.AddAccountAsync(Person("changing", BoardRoles.Analyst));
        var stamps = new List<string> { account.SecurityStamp };

        await store.RecordSignInAsync(account.Id, true, new SignInLockout(5, TimeSpan.FromMinutes(15), SignInDay));
        Assert.Equal(account.SecurityStamp, (await store.FindAccountAsync("changing"))!.SecurityStamp);

        await store.SetPasswordAsync(account.Id, "another-hash", mustChange: true);
        stamps.Add((await store.FindAccountAsync("changing"))!.SecurityStamp);
        var lead = await store.ChangeAccountRoleAsync(account.Id, BoardRoles.AgencyLead, "police");
        stamps.Add(lead.SecurityStamp);
        var disabled = await store.SetAccountDisabledAsync(account.Id, SignInDay);
        stamps.Add(disabled.SecurityStamp);
        var enabled = await store.SetAccountDisabledAsync(account.Id, null);
        stamps.Add(enabled.SecurityStamp);
        var everywhere = await store.RenewSecurityStampAsync(account.Id);
        stamps.Add(everywhere.SecurityStamp);

        Assert.Equal((BoardRoles.AgencyLead, "police"), (lead.Role, lead.AgencyId));
        Assert.Equal(SignInDay, disabled.DisabledAt);
        Assert.True(disabled.IsDisabled);
        Assert.False(enabled.IsDisabled);
        Assert.Equal(stamps.Count, stamps.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(everywhere, await store.FindAccountAsync("changing"));
    }

    [Fact]
    public async Task A_role_change_keeps_an_agency_to_agency_leads_and_refuses_an_unknown_role_or_account()
    {
        var store = await CreateStoreAsync();
        var account = await store.AddAccountAsync(Person("lead", BoardRoles.AgencyLead, "police"));

        var member = await store.ChangeAccountRoleAsync(account.Id, BoardRoles.BoardMember, null);

        Assert.Equal((BoardRoles.BoardMember, null), (member.Role, member.AgencyId));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => store.ChangeAccountRoleAsync(account.Id, BoardRoles.AgencyLead, null));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ChangeAccountRoleAsync(account.Id, "Superuser", null));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.RenewSecurityStampAsync(999_999));
        Assert.Equal(member, await store.FindAccountAsync("lead"));
    }
}
