using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Warehouse.AppStore;

// What an administrator changes on someone's account. Each change gives the account a new security stamp, so every
// session begun before it is over.
public partial interface IAppStore
{
    /// <summary>Gives the account another role (and agency, for an agency lead, none for any other role); the account after.</summary>
    /// <exception cref="ArgumentException">The role is not one of the service's.</exception>
    /// <exception cref="InvalidOperationException">There is no such account.</exception>
    Task<Account> ChangeAccountRoleAsync(long accountId, string role, string? agencyId, CancellationToken cancellationToken = default);

    /// <summary>Disables the account from <paramref name="disabledAt"/>, or enables it again with null; the account after.</summary>
    /// <exception cref="InvalidOperationException">There is no such account.</exception>
    Task<Account> SetAccountDisabledAsync(long accountId, DateTime? disabledAt, CancellationToken cancellationToken = default);

    /// <summary>Gives the account a new security stamp and nothing else ("sign out everywhere"); the account after.</summary>
    /// <exception cref="InvalidOperationException">There is no such account.</exception>
    Task<Account> RenewSecurityStampAsync(long accountId, CancellationToken cancellationToken = default);

    /// <summary>The account bound to the council identity provider's issuer and subject, or null.</summary>
    Task<Account?> FindCouncilAccountAsync(string issuer, string subject, CancellationToken cancellationToken = default);

    /// <summary>
    /// Binds an existing account to the council identity provider's issuer and subject: from now on it signs in only
    /// through the provider (its password is dropped) and every earlier session is over; the account after.
    /// </summary>
    /// <exception cref="InvalidOperationException">There is no such account, or another account is bound to that subject.</exception>
    Task<Account> LinkCouncilSubjectAsync(long accountId, string issuer, string subject, CancellationToken cancellationToken = default);
}
