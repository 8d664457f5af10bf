namespace Safeguarding.Analytics.Domain.Observations;

public enum ObservationStatus
{
    Final,
    Provisional,

    /// <summary>Withheld by the publisher (c, x, low ...) or by disclosure control; the reason is kept.</summary>
    Suppressed,

    /// <summary>Not published or not applicable (-, z, u, ..); the reason is kept.</summary>
    Missing,

    /// <summary>Published, but failed a plausibility rule and must not be shown as a value.</summary>
    Invalid,
}
