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
    /// The password the first start gives its accounts. Unset, each gets its own random password, printed once. Either
    /// way, outside Development each must be changed at first sign-in.
    /// </summary>
    public string? FirstStartPassword { get; set; }

    /// <summary>The agency the demo's agency lead answers for.</summary>
    public string DemoAgencyId { get; set; } = "childrens_social_care";
}
