using Safeguarding.Analytics.Domain.Readers;
using Microsoft.AspNetCore.Identity;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// Password hashing (ASP.NET Core Identity's PBKDF2 hasher, salted, with its version in the hash so it can be raised)
/// and the rules a new password must meet.
/// </summary>
internal sealed class AccountPasswords(AccountOptions options)
{
    private const int MaximumLength = 256;
    private readonly PasswordHasher<Account> _hasher = new();

    public string Hash(Account account, string password) => _hasher.HashPassword(account, password);

    /// <summary>Whether the password matches; <paramref name="rehash"/> when the hash should be raised to today's strength.</summary>
    public bool Verify(Account account, string password, out bool rehash)
    {
        var result = account.PasswordHash is null
            ? PasswordVerificationResult.Failed
            : _hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        rehash = result == PasswordVerificationResult.SuccessRehashNeeded;
        return result != PasswordVerificationResult.Failed;
    }

    /// <summary>Spends the time a real check would, so an unknown user name cannot be told from a wrong password by timing.</summary>
    public void VerifyNobody(string password) =>
        _hasher.VerifyHashedPassword(Nobody, NobodyHash.Value, password);

    /// <summary>Why a new password is not acceptable, in plain words; null when it is.</summary>
    public string? Problem(string userName, string? password, string? confirmation)
    {
        if (string.IsNullOrEmpty(password) || password.Length < options.MinimumPasswordLength)
        {
            return $"The new password must be at least {options.MinimumPasswordLength} characters long.";
        }

        if (password.Length > MaximumLength)
        {
            return $"The new password must be at most {MaximumLength} characters long.";
        }

        if (password.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            return "The new password must not contain your user name.";
        }

        if (password.Distinct().Count() < 5)
        {
            return "The new password must use at least five different characters.";
        }

        return string.Equals(password, confirmation, StringComparison.Ordinal) ? null : "The two new passwords are not the same.";
    }

    private static readonly Account Nobody = new() { UserName = "nobody", DisplayName = "nobody", Role = BoardRoles.BoardMember };

    private static readonly Lazy<string> NobodyHash = new(() => new PasswordHasher<Account>().HashPassword(Nobody, Guid.NewGuid().ToString()));
}
