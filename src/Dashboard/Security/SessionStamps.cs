using System.Collections.Concurrent;
using System.Security.Claims;
using Safeguarding.Analytics.Warehouse.AppStore;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// Whether a session is still one its account stands behind: the security stamp it was given at sign-in must be the
/// account's stamp now, and the account must not be disabled. The stamp read from the store is kept for
/// <see cref="AccountOptions.SessionCheckSeconds"/> (at most a minute), so a change made on another instance ends
/// the session within that time; a change made here is forgotten at once (<see cref="Forget"/>).
/// </summary>
internal sealed class SessionStamps(IAppStore store, AccountOptions options, TimeProvider time)
{
    /// <summary>The claim a session carries its account's security stamp in.</summary>
    public const string Claim = "sga:security_stamp";

    private readonly ConcurrentDictionary<string, (string? Stamp, DateTimeOffset ReadAt)> _read = new(StringComparer.Ordinal);

    /// <summary>How long a stamp read is trusted, and how often a live circuit checks its session: at most a minute.</summary>
    public TimeSpan CheckEvery => TimeSpan.FromSeconds(Math.Clamp(options.SessionCheckSeconds, 1, 60));

    /// <summary>
    /// Whether the session's principal is still good. Every session, through a password or the council's identity
    /// provider, carries its account's stamp; one without is over.
    /// </summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } userName })
        {
            return true;
        }

        if (principal.FindFirst(Claim)?.Value is not { Length: > 0 } stamp)
        {
            return false;
        }

        return string.Equals(await CurrentStampAsync(userName, cancellationToken), stamp, StringComparison.Ordinal);
    }

    /// <summary>Drops what was read for the account, so its next request is checked against the store.</summary>
    public void Forget(string userName) => _read.TryRemove(userName.Trim().ToLowerInvariant(), out _);

    private async Task<string?> CurrentStampAsync(string userName, CancellationToken cancellationToken)
    {
        var key = userName.Trim().ToLowerInvariant();
        var now = time.GetUtcNow();
        if (_read.TryGetValue(key, out var read) && now - read.ReadAt < CheckEvery)
        {
            return read.Stamp;
        }

        var account = await store.FindAccountAsync(key, cancellationToken);
        var stamp = account is { IsDisabled: false } ? account.SecurityStamp : null;
        _read[key] = (stamp, now);
        return stamp;
    }
}
