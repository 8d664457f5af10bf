using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>What a password sign-in came to.</summary>
internal sealed record SignInOutcome(Account? Account, string? Refusal, DateTime? LockedUntil = null, bool Disabled = false)
{
    public bool Succeeded => Account is not null;
}

/// <summary>
/// Checks a user name and password: an unknown name and a wrong password are refused in the same words, a run of
/// wrong passwords locks the account for a while, and every attempt is in the audit trail.
/// </summary>
internal sealed class AccountSignIn(IAppStore store, AccountPasswords passwords, AuditTrail audit, AccountOptions options, TimeProvider time)
{
    public const string Refused = "The user name or password is not right.";

    public const string DisabledRefusal = "This account is disabled. Ask an administrator.";

    public async Task<SignInOutcome> CheckPasswordAsync(string? userName, string? password, string? clientAddress, CancellationToken cancellationToken)
    {
        var name = AuditText(userName);
        var account = name.Length == 0 ? null : await store.FindAccountAsync(name, cancellationToken);
        if (account?.PasswordHash is null || string.IsNullOrEmpty(password))
        {
            passwords.VerifyNobody(password ?? string.Empty);
            await RecordAsync(AuditActions.SignInRefused, name, account is null ? "no such account" : "no password", clientAddress, cancellationToken);
            return new SignInOutcome(null, Refused);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (account.IsLockedAt(now))
        {
            await RecordAsync(AuditActions.SignInRefused, account.UserName, $"locked until {account.LockedUntil:u}", clientAddress, cancellationToken);
            return Locked(account.LockedUntil!.Value);
        }

        var lockout = new SignInLockout(options.LockAfterFailures, TimeSpan.FromMinutes(options.LockMinutes), now);
        if (!passwords.Verify(account, password, out var rehash))
        {
            var after = await store.RecordSignInAsync(account.Id, succeeded: false, lockout, cancellationToken);
            if (after.IsLockedAt(now))
            {
                await RecordAsync(AuditActions.AccountLocked, account.UserName, $"{options.LockAfterFailures} wrong passwords in a row; locked until {after.LockedUntil:u}", clientAddress, cancellationToken);
                return Locked(after.LockedUntil!.Value);
            }

            await RecordAsync(AuditActions.SignInRefused, account.UserName, $"wrong password ({after.FailedSignIns} of {options.LockAfterFailures} before a lock)", clientAddress, cancellationToken);
            return new SignInOutcome(null, Refused);
        }

        // Disabled is said only to someone who knows the password; anyone else hears what a wrong password hears.
        if (account.IsDisabled)
        {
            await RecordAsync(AuditActions.SignInRefused, account.UserName, "account disabled", clientAddress, cancellationToken);
            return new SignInOutcome(null, DisabledRefusal, Disabled: true);
        }

        var signedIn = await store.RecordSignInAsync(account.Id, succeeded: true, lockout, cancellationToken);
        if (rehash)
        {
            // A new hash is a new security stamp: the session begun here carries the new one.
            await store.SetPasswordAsync(account.Id, passwords.Hash(account, password), account.MustChangePassword, cancellationToken);
            signedIn = await store.FindAccountAsync(account.UserName, cancellationToken) ?? signedIn;
        }

        await audit.RecordAsync(account.UserName, AuditActions.SignedIn, AuditSubjects.Account, account.UserName, "with a password", clientAddress, cancellationToken);
        return new SignInOutcome(signedIn, null);
    }

    /// <summary>
    /// The current password given on the password form, held to the same lockout as sign-in: a run of wrong ones locks
    /// the account, so a session left open, or a stolen cookie, cannot try passwords one after another.
    /// </summary>
    public async Task<SignInOutcome> CheckCurrentPasswordAsync(Account account, string? password, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var now = time.GetUtcNow().UtcDateTime;
        if (account.IsLockedAt(now))
        {
            await RecordAsync(AuditActions.SignInRefused, account.UserName, $"password form: locked until {account.LockedUntil:u}", clientAddress, cancellationToken);
            return Locked(account.LockedUntil!.Value);
        }

        if (passwords.Verify(account, password ?? string.Empty, out _))
        {
            return new SignInOutcome(account, null);
        }

        var lockout = new SignInLockout(options.LockAfterFailures, TimeSpan.FromMinutes(options.LockMinutes), now);
        var after = await store.RecordSignInAsync(account.Id, succeeded: false, lockout, cancellationToken);
        if (after.IsLockedAt(now))
        {
            await RecordAsync(AuditActions.AccountLocked, account.UserName, $"{options.LockAfterFailures} wrong passwords in a row, the last on the password form; locked until {after.LockedUntil:u}", clientAddress, cancellationToken);
            return Locked(after.LockedUntil!.Value);
        }

        await RecordAsync(AuditActions.SignInRefused, account.UserName, $"password form: wrong current password ({after.FailedSignIns} of {options.LockAfterFailures} before a lock)", clientAddress, cancellationToken);
        return new SignInOutcome(null, "The current password is not right.");
    }

    /// <summary>A user name as the audit trail can keep it: trimmed, without control characters, at most 100 characters.</summary>
    public static string AuditText(string? userName)
    {
        var clean = new string((userName ?? string.Empty).Where(c => !char.IsControl(c)).ToArray()).Trim().ToLowerInvariant();
        return clean.Length > 100 ? clean[..100] : clean;
    }

    private static SignInOutcome Locked(DateTime until) =>
        new(null, $"This account is locked after too many wrong passwords. Try again after {until:HH:mm} UTC, or ask an administrator.", until);

    private Task RecordAsync(string action, string userName, string detail, string? clientAddress, CancellationToken cancellationToken) =>
        audit.RecordAsync(AuditActors.Anonymous, action, AuditSubjects.Account, userName.Length == 0 ? "(none)" : userName, detail, clientAddress, cancellationToken);
}
