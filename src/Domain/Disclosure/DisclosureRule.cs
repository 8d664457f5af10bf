namespace Safeguarding.Analytics.Domain.Disclosure;

/// <summary>
/// The small-number rule for anything that leaves the service: a count from <see cref="SmallestShown"/>-less-one down
/// to 1 is not shown (primary suppression); zero is shown, since "none" identifies nobody. Rates and percentages built
/// on a suppressed count are not shown either.
/// </summary>
public sealed record DisclosureRule(int SmallestShown = 6)
{
    /// <summary>The service's rule: counts 1–5 suppressed.</summary>
    public static DisclosureRule Standard { get; } = new();

    public bool IsSmall(long count) => count > 0 && count < SmallestShown;

    /// <summary>Why a small count is not shown, in words.</summary>
    public string SmallCountReason => $"fewer than {SmallestShown} (1 to {SmallestShown - 1}): not shown, so no child can be identified";

    /// <summary>Why a count that is not small is not shown either.</summary>
    public const string SecondaryReason = "not shown so that a small count beside it cannot be worked out from the totals";

    /// <summary>Why a rate or percentage is not shown.</summary>
    public string RateReason => $"built on a count of fewer than {SmallestShown}: not shown";
}
