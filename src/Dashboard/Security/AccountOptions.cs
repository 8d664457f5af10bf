namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>Bound from the <c>Accounts</c> section: lockout, passwords, tokens and the first start's accounts.</summary>
internal sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public int LockAfterFailures { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public int LockMinutes { get; set; } = 15;

    public int MinimumPasswordLength { get; set; } = 12;

    /// <summary>How long a personal access token lasts unless its owner asks for less.</summary>
    public int AccessTokenDays { get; set; } = 90;

    /// <summary>
    /// The password the first start gives its demo accounts. Unset, in Development each gets its own random password,
    /// printed once; outside Development none is ever printed, so the demo accounts are made only with this set, and
    /// each must be changed at first sign-in.
    /// </summary>
    public string? FirstStartPassword { get; set; }

    /// <summary>
    /// Make the demo's accounts (an administrator and one per role) at the first start outside Development too. In
    /// Development they are made whenever the demo is loaded.
    /// </summary>
    public bool CreateDemoAccounts { get; set; }

    /// <summary>
    /// How long an account's security stamp, once read, is trusted before a session is checked against the store again
    /// (at most 60): a change made on another instance ends the session within this time. A change made on this
    /// instance ends it at the next request.
    /// </summary>
    public int SessionCheckSeconds { get; set; } = 30;

    /// <summary>The agency the demo's agency lead answers for.</summary>
    public string DemoAgencyId { get; set; } = "childrens_social_care";
}
