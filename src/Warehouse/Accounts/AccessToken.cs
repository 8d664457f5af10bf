namespace Safeguarding.Analytics.Warehouse.Accounts;

/// <summary>
/// A personal access token an API client sends for a person: kept as a SHA-256 hash, with its first characters
/// (<see cref="Prefix"/>) so its owner can tell their tokens apart. It expires, and can be revoked.
/// </summary>
public sealed record AccessToken
{
    public long Id { get; init; }

    public long AccountId { get; init; }

    /// <summary>What its owner called it, e.g. "nightly extract".</summary>
    public required string Name { get; init; }

    public required string Prefix { get; init; }

    public required string TokenHash { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime ExpiresAt { get; init; }

    public DateTime? LastUsedAt { get; init; }

    public DateTime? RevokedAt { get; init; }

    public bool IsUsableAt(DateTime now) => RevokedAt is null && ExpiresAt > now;
}
