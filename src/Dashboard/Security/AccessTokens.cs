using System.Security.Cryptography;
using System.Text;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// Personal access tokens for API clients: <c>sga_</c> and 43 random characters, shown once when issued and kept only
/// as a SHA-256 hash. A token acts as its owner, with their role and agency, until it expires or is revoked.
/// </summary>
internal sealed class AccessTokens(IAppStore store, AuditTrail audit, AccountOptions options, TimeProvider time)
{
    public const string Prefix = "sga_";
    private const int MaximumDays = 366;

    /// <summary>Issues a token for the account; the token itself is returned here and nowhere else.</summary>
    public async Task<(AccessToken Token, string Secret)> IssueAsync(Account owner, string name, int? days, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var lifetime = Math.Clamp(days ?? options.AccessTokenDays, 1, MaximumDays);
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = await store.AddAccessTokenAsync(
            new AccessToken
            {
                AccountId = owner.Id,
                Name = name.Trim(),
                Prefix = secret[..10],
                TokenHash = Hash(secret),
                ExpiresAt = time.GetUtcNow().UtcDateTime.AddDays(lifetime),
            },
            cancellationToken);
        await audit.RecordAsync(owner.UserName, AuditActions.AccessTokenIssued, AuditSubjects.Account, owner.UserName, $"token {token.Prefix}… \"{token.Name}\", expires {token.ExpiresAt:yyyy-MM-dd}", clientAddress, cancellationToken);
        return (token, secret);
    }

    /// <summary>The account a token acts for, or null when it is unknown, expired or revoked.</summary>
    public async Task<Account?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (await store.FindAccessTokenAsync(Hash(secret), cancellationToken) is not { } found || !found.Token.IsUsableAt(now))
        {
            return null;
        }

        // Last use to the minute is enough to tell a live token from a forgotten one, without a write per request.
        if (found.Token.LastUsedAt is not { } used || now - used > TimeSpan.FromMinutes(1))
        {
            await store.MarkAccessTokenUsedAsync(found.Token.Id, now, cancellationToken);
        }

        return found.Owner;
    }

    public async Task<bool> RevokeAsync(Account owner, long tokenId, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (!await store.RevokeAccessTokenAsync(owner.Id, tokenId, cancellationToken))
        {
            return false;
        }

        await audit.RecordAsync(owner.UserName, AuditActions.AccessTokenRevoked, AuditSubjects.Account, owner.UserName, $"token {tokenId}", clientAddress, cancellationToken);
        return true;
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
