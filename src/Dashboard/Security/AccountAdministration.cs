using System.Text.RegularExpressions;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>What an administrator's change came to, in words to show; a temporary password to hand over, once.</summary>
internal sealed record AccountChange(bool Succeeded, string Message, string? TemporaryPassword = null);

/// <summary>An account an administrator asks for.</summary>
internal sealed record NewAccount(string? UserName, string? DisplayName, string? Role, string? AgencyId);

/// <summary>
/// What administrators do to other people's accounts — add one with a temporary password to be changed at first
/// sign-in, give it another role or agency, disable or enable it, reset its password, revoke its tokens — for the
/// Accounts pages and any endpoint alike. Each change is audited, gives the account a new security stamp (so its
/// sessions end), and is refused on one's own account where it could shut the last administrator out.
/// </summary>
internal sealed partial class AccountAdministration(
    IAppStore store, AccountPasswords passwords, AccessTokens tokens, AuditTrail audit, SessionStamps stamps, ReferenceDataSet reference, TimeProvider time)
{
    public const string UserNameRule = "2 to 100 characters: lower-case letters, digits and . _ @ - (a letter or digit first).";

    public static bool IsUserName(string? userName) => userName is not null && UserNamePattern().IsMatch(userName);

    /// <summary>The agencies an agency lead may answer for.</summary>
    public IReadOnlyList<Agency> Agencies => reference.Agencies;

    public Task<IReadOnlyList<Account>> AccountsAsync(CancellationToken cancellationToken) => store.GetAccountsAsync(cancellationToken);

    public Task<Account?> FindAsync(string userName, CancellationToken cancellationToken) => store.FindAccountAsync(userName, cancellationToken);

    public Task<IReadOnlyList<AccessToken>> TokensAsync(Account account, CancellationToken cancellationToken) =>
        store.GetAccessTokensAsync(account.Id, cancellationToken);

    public async Task<AccountChange> AddAsync(BoardPerson by, NewAccount draft, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(draft);
        var userName = (draft.UserName ?? string.Empty).Trim().ToLowerInvariant();
        var displayName = new string((draft.DisplayName ?? string.Empty).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (!IsUserName(userName))
        {
            return Refused($"The user name must be {UserNameRule}");
        }

        if (displayName.Length is 0 or > 200)
        {
            return Refused("Give the person's name as others will see it (at most 200 characters).");
        }

        if (RoleProblem(draft.Role, draft.AgencyId) is { } roleProblem)
        {
            return Refused(roleProblem);
        }

        if (await store.FindAccountAsync(userName, cancellationToken) is not null)
        {
            return Refused($"There is already an account '{userName}'.");
        }

        var temporary = FirstStartAccounts.NewPassword();
        var account = new Account { UserName = userName, DisplayName = displayName, Role = draft.Role!, AgencyId = AgencyOf(draft.Role!, draft.AgencyId) };
        var stored = await store.AddAccountAsync(account with { PasswordHash = passwords.Hash(account, temporary), MustChangePassword = true }, cancellationToken);
        await audit.RecordAsync(by.UserName, AuditActions.AccountCreated, AuditSubjects.Account, stored.UserName, $"by an administrator: {Describe(stored.Role, stored.AgencyId)}; a temporary password to be changed at first sign-in", clientAddress, cancellationToken);
        return new AccountChange(true, $"Account '{stored.UserName}' added. Give them the temporary password below; they must change it when they first sign in.", temporary);
    }

    public async Task<AccountChange> ChangeRoleAsync(BoardPerson by, string userName, string? role, string? agencyId, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (await OtherAccountAsync(by, userName, cancellationToken) is not { } account)
        {
            return Refused(OwnOrMissing(by, userName, "change your own role"));
        }

        if (RoleProblem(role, agencyId) is { } problem)
        {
            return Refused(problem);
        }

        var agency = AgencyOf(role!, agencyId);
        if (account.Role == role && account.AgencyId == agency)
        {
            return Refused($"'{account.UserName}' is already {Describe(role!, agency)}.");
        }

        var changed = await store.ChangeAccountRoleAsync(account.Id, role!, agency, cancellationToken);
        stamps.Forget(changed.UserName);
        await audit.RecordAsync(by.UserName, AuditActions.AccountRoleChanged, AuditSubjects.Account, changed.UserName, $"from {Describe(account.Role, account.AgencyId)} to {Describe(changed.Role, changed.AgencyId)}; their sessions ended", clientAddress, cancellationToken);
        return new AccountChange(true, $"'{changed.UserName}' is now {Describe(changed.Role, changed.AgencyId)}. Their sessions have ended; they sign in again to use it.");
    }

    public async Task<AccountChange> SetDisabledAsync(BoardPerson by, string userName, bool disabled, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        var what = disabled ? "disable your own account" : "enable your own account";
        if (await OtherAccountAsync(by, userName, cancellationToken) is not { } account)
        {
            return Refused(OwnOrMissing(by, userName, what));
        }

        if (account.IsDisabled == disabled)
        {
            return Refused($"'{account.UserName}' is already {(disabled ? "disabled" : "enabled")}.");
        }

        var changed = await store.SetAccountDisabledAsync(account.Id, disabled ? time.GetUtcNow().UtcDateTime : null, cancellationToken);
        stamps.Forget(changed.UserName);
        await audit.RecordAsync(by.UserName, disabled ? AuditActions.AccountDisabled : AuditActions.AccountEnabled, AuditSubjects.Account, changed.UserName, disabled ? "by an administrator; its sessions and tokens refused" : "by an administrator", clientAddress, cancellationToken);
        return new AccountChange(true, disabled
            ? $"'{changed.UserName}' is disabled: their sessions have ended and their tokens are refused."
            : $"'{changed.UserName}' is enabled again and may sign in.");
    }

    public async Task<AccountChange> ResetPasswordAsync(BoardPerson by, string userName, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        const string Own = "reset your own password here (change it on your Account page)";
        if (await OtherAccountAsync(by, userName, cancellationToken) is not { } account)
        {
            return Refused(OwnOrMissing(by, userName, Own));
        }

        var temporary = FirstStartAccounts.NewPassword();
        await store.SetPasswordAsync(account.Id, passwords.Hash(account, temporary), mustChange: true, cancellationToken);
        stamps.Forget(account.UserName);
        await audit.RecordAsync(by.UserName, AuditActions.PasswordReset, AuditSubjects.Account, account.UserName, "by an administrator; a temporary password to be changed at the next sign-in; their sessions ended", clientAddress, cancellationToken);
        return new AccountChange(true, $"'{account.UserName}' has a temporary password, below; they must change it when they next sign in. Their sessions have ended.", temporary);
    }

    public async Task<AccountChange> RevokeTokenAsync(BoardPerson by, string userName, long tokenId, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (await store.FindAccountAsync(userName, cancellationToken) is not { } account)
        {
            return Refused($"There is no account '{userName}'.");
        }

        return await tokens.RevokeAsync(account, tokenId, by.UserName, clientAddress, cancellationToken)
            ? new AccountChange(true, $"Token {tokenId} of '{account.UserName}' is revoked.")
            : Refused($"Token {tokenId} is not one of '{account.UserName}''s, or was already revoked.");
    }

    /// <summary>
    /// Binds someone's account to their person at the council's identity provider (its issuer and subject, as the
    /// provider's administrators give them): they sign in through the council from then on, their password is dropped
    /// and their sessions end.
    /// </summary>
    public async Task<AccountChange> LinkCouncilAsync(BoardPerson by, string userName, string? issuer, string? subject, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (await OtherAccountAsync(by, userName, cancellationToken) is not { } account)
        {
            return Refused(OwnOrMissing(by, userName, "bind your own account to the council's identity provider"));
        }

        issuer = issuer?.Trim();
        subject = subject?.Trim();
        if (string.IsNullOrEmpty(issuer) || string.IsNullOrEmpty(subject))
        {
            return Refused("Give the identity provider's issuer (iss) and the person's subject (sub) there.");
        }

        if (await store.FindCouncilAccountAsync(issuer, subject, cancellationToken) is { } bound)
        {
            return Refused($"That council subject is already bound to '{bound.UserName}'.");
        }

        var changed = await store.LinkCouncilSubjectAsync(account.Id, issuer, subject, cancellationToken);
        stamps.Forget(changed.UserName);
        await audit.RecordAsync(by.UserName, AuditActions.AccountCouncilLinked, AuditSubjects.Account, changed.UserName, $"bound to subject {subject} of {issuer}; password dropped; their sessions ended", clientAddress, cancellationToken);
        return new AccountChange(true, $"'{changed.UserName}' now signs in through the council's identity provider. Their sessions have ended.");
    }

    /// <summary>The role in words, with an agency lead's agency.</summary>
    public string Describe(string role, string? agencyId) =>
        BoardRoles.Describe(role) + (agencyId is null ? string.Empty : $" ({reference.Agencies.FirstOrDefault(a => a.Id == agencyId)?.Name ?? agencyId})");

    private string? RoleProblem(string? role, string? agencyId)
    {
        if (role is null || !BoardRoles.All.Contains(role))
        {
            return $"Choose a role: one of {string.Join(", ", BoardRoles.All.Select(BoardRoles.Describe))}.";
        }

        return role == BoardRoles.AgencyLead && !reference.Agencies.Any(a => a.Id == agencyId)
            ? "An agency lead answers for one agency: choose which."
            : null;
    }

    private static string? AgencyOf(string role, string? agencyId) => role == BoardRoles.AgencyLead ? agencyId : null;

    private async Task<Account?> OtherAccountAsync(BoardPerson by, string userName, CancellationToken cancellationToken) =>
        string.Equals(by.UserName, userName.Trim(), StringComparison.OrdinalIgnoreCase) ? null : await store.FindAccountAsync(userName, cancellationToken);

    private static string OwnOrMissing(BoardPerson by, string userName, string what) =>
        string.Equals(by.UserName, userName.Trim(), StringComparison.OrdinalIgnoreCase)
            ? $"You cannot {what}: another administrator must."
            : $"There is no account '{userName}'.";

    private static AccountChange Refused(string message) => new(false, message);

    [GeneratedRegex("^[a-z0-9][a-z0-9._@-]{1,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserNamePattern();
}
