namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>How often a client may try to sign in and call the API, bound from <c>Security:RateLimits</c>.</summary>
public sealed record RateLimitOptions
{
    public const string Section = "Security:RateLimits";

    /// <summary>Sign-in attempts from one client address in a minute: enough for a person mistyping, slow for guessing.</summary>
    public int SignInPerMinute { get; init; } = 10;

    /// <summary>API calls one user (or one address, for calls without a user) may make in a burst.</summary>
    public int ApiBurst { get; init; } = 600;

    /// <summary>API calls a second that refill the burst: the sustained rate.</summary>
    public int ApiPerSecond { get; init; } = 20;
}
