using Safeguarding.Analytics.Domain.Readers;

namespace Safeguarding.Analytics.Warehouse.Accounts;

/// <summary>
/// A person who signs in: one role (<see cref="BoardRoles"/>), and for an agency lead the one agency they answer for.
/// The password is kept only as a hash, and not at all for someone who signs in through the council's identity
/// provider. <see cref="FailedSignIns"/> counts wrong passwords since the last success; after too many the account is
/// locked until <see cref="LockedUntil"/>.
/// </summary>
public sealed record Account
{
    public long Id { get; init; }

    /// <summary>Unique, kept in lower case.</summary>
    public required string UserName { get; init; }

    public required string DisplayName { get; init; }

    public required string Role { get; init; }

    /// <summary>The agency an agency lead answers for; null for every other role.</summary>
    public string? AgencyId { get; init; }

    public string? PasswordHash { get; init; }

    /// <summary>The password was set by someone else (or at first start) and must be changed before anything else.</summary>
    public bool MustChangePassword { get; init; }

    public int FailedSignIns { get; init; }

    public DateTime? LockedUntil { get; init; }

    public DateTime? LastSignInAt { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>
    /// Changes whenever the password, role, agency or state changes, or the owner signs out everywhere: a session
    /// carrying another stamp is over.
    /// </summary>
    public string SecurityStamp { get; init; } = string.Empty;

    /// <summary>When an administrator disabled the account; null while it may sign in.</summary>
    public DateTime? DisabledAt { get; init; }

    public bool IsDisabled => DisabledAt is not null;

    /// <summary>The council's identity provider (its <c>iss</c>) this account signs in through; null for a local account.</summary>
    public string? CouncilIssuer { get; init; }

    /// <summary>The provider's subject (<c>sub</c>) for this person: never changes at the provider, unlike their names.</summary>
    public string? CouncilSubject { get; init; }

    /// <summary>Whether the account signs in through the council's identity provider (and so has no password here).</summary>
    public bool IsCouncilAccount => CouncilSubject is not null;

    public bool IsLockedAt(DateTime now) => LockedUntil is { } until && until > now;

    /// <summary>A new security stamp: 32 hexadecimal characters from the system's random source.</summary>
    public static string NewSecurityStamp() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
