using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Warehouse.Tests.AppStore;

// Council accounts, on every engine: found by the identity provider's issuer and subject and nothing else, one account
// per subject, and an existing account bound by an administrator loses its password and its sessions.
public abstract partial class AppStoreContract
{
    private const string Issuer = "https://login.council.example/";

    [Fact]
    public async Task A_council_account_is_found_by_its_issuer_and_subject_and_not_by_another_issuer_or_subject()
    {
        var store = await CreateStoreAsync();
        var added = await store.AddAccountAsync(Person("jo.bloggs") with { PasswordHash = null, CouncilIssuer = Issuer, CouncilSubject = "0f3a-77" });

        var found = await store.FindCouncilAccountAsync(Issuer, "0f3a-77");

        Assert.Equal(added, found);
        Assert.True(found!.IsCouncilAccount);
        Assert.Null(await store.FindCouncilAccountAsync("https://another.example/", "0f3a-77"));
        Assert.Null(await store.FindCouncilAccountAsync(Issuer, "0F3A-77"));
        Assert.False((await store.FindAccountAsync("jo.bloggs"))!.PasswordHash is not null);
    }

    [Fact]
    public async Task Two_accounts_cannot_be_bound_to_one_subject_and_a_council_account_has_no_password()
    {
        var store = await CreateStoreAsync();
        await store.AddAccountAsync(Person("first") with { PasswordHash = null, CouncilIssuer = Issuer, CouncilSubject = "same" });

        await Assert.ThrowsAnyAsync<Exception>(() => store.AddAccountAsync(Person("second") with { PasswordHash = null, CouncilIssuer = Issuer, CouncilSubject = "same" }));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAccountAsync(Person("third") with { CouncilIssuer = Issuer, CouncilSubject = "other" }));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddAccountAsync(Person("fourth") with { PasswordHash = null, CouncilSubject = "no-issuer" }));
        Assert.Null(await store.FindAccountAsync("second"));
    }

    [Fact]
    public async Task Binding_an_existing_account_to_a_subject_drops_its_password_and_changes_its_stamp()
    {
        var store = await CreateStoreAsync();
        var local = await store.AddAccountAsync(Person("sam.local", BoardRoles.Analyst) with { MustChangePassword = true });
        var other = await store.AddAccountAsync(Person("other"));

        var linked = await store.LinkCouncilSubjectAsync(local.Id, Issuer, "sub-41");

        Assert.Equal((Issuer, "sub-41"), (linked.CouncilIssuer, linked.CouncilSubject));
        Assert.Null(linked.PasswordHash);
        Assert.False(linked.MustChangePassword);
        Assert.NotEqual(local.SecurityStamp, linked.SecurityStamp);
        Assert.Equal((local.UserName, local.Role), (linked.UserName, linked.Role));
        Assert.Equal(linked, await store.FindCouncilAccountAsync(Issuer, "sub-41"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.LinkCouncilSubjectAsync(other.Id, Issuer, "sub-41"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.LinkCouncilSubjectAsync(99_999, Issuer, "sub-42"));
        Assert.Null((await store.FindAccountAsync("other"))!.CouncilSubject);
    }
}
