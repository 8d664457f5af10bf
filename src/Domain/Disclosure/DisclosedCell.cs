namespace Safeguarding.Analytics.Domain.Disclosure;

/// <summary>A figure as it may leave the service: its value, or null with the reason it is not shown.</summary>
public sealed record DisclosedCell(long? Value, string? SuppressedBecause)
{
    public bool IsSuppressed => Value is null;

    public static DisclosedCell Shown(long value) => new(value, null);

    public static DisclosedCell Suppressed(string reason) => new(null, reason);
}

/// <summary>A rate or percentage as it may leave the service: its value, or null with the reason it is not shown.</summary>
public sealed record DisclosedRate(double? Value, string? SuppressedBecause)
{
    public bool IsSuppressed => Value is null;
}
