namespace Safeguarding.Analytics.Domain.Catalogue;

/// <summary>
/// Whether a quarter's figure of a rate of events is sent as a yearly rate, and by what factor — the catalogue's
/// <c>quarter_annualisation</c> column. A flow (referrals, plans starting, children starting to be looked after) counted
/// over a quarter is multiplied by 4 so that it reads against DfE's published yearly rate; a stock at the quarter's end
/// (plans open, children looked after) or a rolling year is already comparable and is not.
/// </summary>
public enum QuarterAnnualisation
{
    /// <summary>The quarter's figure is numerator ÷ denominator × multiplier, as it stands.</summary>
    None,

    /// <summary>The quarter's count × 4: numerator ÷ denominator × multiplier × 4 (four quarters make the year).</summary>
    Times4,
}
