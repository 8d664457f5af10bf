namespace Safeguarding.Analytics.Domain.Catalogue;

/// <summary>
/// A partner agency that sends the board a quarterly return. It owns the indicators whose lead agency is its
/// <see cref="Name"/>, and its return is due <see cref="ReturnDeadlineDays"/> calendar days after the quarter ends.
/// </summary>
public sealed record Agency(string Id, string Name, int ReturnDeadlineDays, string Description)
{
    /// <summary>The day a quarter's return is due: the quarter's last day plus the agency's allowance.</summary>
    public DateOnly ReturnDeadline(Periods.Period quarter)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        return quarter.End.AddDays(ReturnDeadlineDays);
    }

    public bool Owns(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return string.Equals(indicator.LeadAgency, Name, StringComparison.Ordinal);
    }
}
