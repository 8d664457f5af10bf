using System.Security.Cryptography;
using System.Text;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>What a token sign-in came to: the account it acts for, or why it is refused.</summary>
internal sealed record TokenSignIn(Account? Owner, string? Refusal);

/// <summary>
/// Personal access tokens for API clients: <c>sga_</c> and 43 random characters, shown once when issued and kept only
/// as a SHA-256 hash. A token acts as its owner, with their role and agency, until it expires or is revoked, and only
/// while the account may sign in: not while it is disabled, locked, or must change its password.
/// </summary>
internal sealed class AccessTokens(IAppStore store, AuditTrail audit, AccountOptions options, TimeProvider time)
{
    public const string Prefix = "sga_";
    public const int MinimumDays = 1;
    public const int MaximumDays = 366;

    /// <summary>Why a token cannot last <paramref name="days"/>, in plain words; null when it can (or none was asked for).</summary>
    public static string? LifetimeProblem(int? days) =>
        days is null or (>= MinimumDays and <= MaximumDays)
            ? null
            : $"A token lasts from {MinimumDays} to {MaximumDays} days; {days} days is outside that range.";

    /// <summary>The signed-in person's own account, or null for someone the service keeps no account of.</summary>
    public Task<Account?> OwnAccountAsync(BoardPerson person, CancellationToken cancellationToken) =>
        store.FindAccountAsync(person.UserName, cancellationToken);

    /// <summary>The account's tokens (never their secrets), newest first.</summary>
    public Task<IReadOnlyList<AccessToken>> OfAsync(Account owner, CancellationToken cancellationToken) =>
        store.GetAccessTokensAsync(owner.Id, cancellationToken);

    /// <summary>Why the account may not have a token issued, in plain words; null when it may.</summary>
    public string? IssueProblem(Account owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return Refusal(owner, time.GetUtcNow().UtcDateTime) is { } refusal ? "No token can be issued: " + refusal : null;
    }

    /// <summary>Issues a token for the account; the token itself is returned here and nowhere else.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The lifetime is outside <see cref="MinimumDays"/> to <see cref="MaximumDays"/>.</exception>
    /// <exception cref="InvalidOperationException">The account is disabled, locked, or must change its password.</exception>
    public async Task<(AccessToken Token, string Secret)> IssueAsync(Account owner, string name, int? days, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (LifetimeProblem(days) is { } tooLong)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, tooLong);
        }

        if (IssueProblem(owner) is { } refused)
        {
            throw new InvalidOperationException(refused);
        }

        var lifetime = days ?? Math.Clamp(options.AccessTokenDays, MinimumDays, MaximumDays);
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

    /// <summary>
    /// The account a token acts for, or why it is refused: unknown, expired or revoked, or its account disabled,
    /// locked or held to changing its password. The account is read with the token on every request, so a change to
    /// it counts at once.
    /// </summary>
    public async Task<TokenSignIn> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        const string Unknown = "The access token is not known, has expired or was revoked.";
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return new TokenSignIn(null, Unknown);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (await store.FindAccessTokenAsync(Hash(secret), cancellationToken) is not { } found || !found.Token.IsUsableAt(now))
        {
            return new TokenSignIn(null, Unknown);
        }

        if (Refusal(found.Owner, now) is { } refusal)
        {
            return new TokenSignIn(null, "The access token is refused: " + refusal);
        }

        // Last use to the minute is enough to tell a live token from a forgotten one, without a write per request.
        if (found.Token.LastUsedAt is not { } used || now - used > TimeSpan.FromMinutes(1))
        {
            await store.MarkAccessTokenUsedAsync(found.Token.Id, now, cancellationToken);
        }

        return new TokenSignIn(found.Owner, null);
    }

    /// <summary>Revokes one of the owner's tokens, by the owner; false when it is not theirs or already revoked.</summary>
    public Task<bool> RevokeAsync(Account owner, long tokenId, string? clientAddress, CancellationToken cancellationToken) =>
        RevokeAsync(owner, tokenId, owner?.UserName ?? string.Empty, clientAddress, cancellationToken);

    /// <summary>Revokes one of the owner's tokens; <paramref name="by"/> is who does it (the owner, or an administrator).</summary>
    public async Task<bool> RevokeAsync(Account owner, long tokenId, string by, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (!await store.RevokeAccessTokenAsync(owner.Id, tokenId, cancellationToken))
        {
            return false;
        }

        await audit.RecordAsync(by, AuditActions.AccessTokenRevoked, AuditSubjects.Account, owner.UserName, by == owner.UserName ? $"token {tokenId}" : $"token {tokenId}, by an administrator", clientAddress, cancellationToken);
        return true;
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string? Refusal(Account owner, DateTime now) =>
        owner.IsDisabled ? "its account is disabled."
        : owner.IsLockedAt(now) ? $"its account is locked after too many wrong passwords until {owner.LockedUntil:HH:mm} UTC."
        : owner.MustChangePassword ? "its account's password was set for it and must be changed first: sign in on the dashboard and change it."
        : null;
}
