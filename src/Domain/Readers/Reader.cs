namespace Safeguarding.Analytics.Domain.Readers;

/// <summary>
/// Who a feature's figures are for: their role and, for an agency lead, their agency. Every feature query takes one,
/// and decides inside it what this reader may see: disclosure control (<see cref="Disclosure"/>) and agency scoping
/// (<see cref="MaySee"/>). Pages and endpoints only present what comes back.
/// </summary>
public sealed record Reader(string Role, string? AgencyId = null)
{
    /// <summary>The analyst, who works with the whole figures to prepare what the board publishes.</summary>
    public static Reader Analyst { get; } = new(BoardRoles.Analyst);

    /// <summary>A board member: what the board pack, frozen for the board, is written for.</summary>
    public static Reader BoardMember { get; } = new(BoardRoles.BoardMember);

    /// <summary>Whether small counts reach this reader as they are: the analyst alone.</summary>
    public bool SeesSmallCounts => Role == BoardRoles.Analyst;

    /// <summary>The small-number rule applied to what this reader sees; null for the analyst.</summary>
    public Disclosure.DisclosureRule? Disclosure => SeesSmallCounts ? null : Domain.Disclosure.DisclosureRule.Standard;

    public bool IsAgencyLead => Role == BoardRoles.AgencyLead;

    /// <summary>
    /// The agency an agency lead's views are held to (empty, matching nothing, should a lead have none); null for every
    /// other role, who see every agency's business.
    /// </summary>
    public string? HeldToAgency => IsAgencyLead ? AgencyId ?? string.Empty : null;

    /// <summary>Whether this reader may see what belongs to <paramref name="agencyId"/>: anyone but another agency's lead.</summary>
    public bool MaySee(string? agencyId) => !IsAgencyLead || (AgencyId is not null && string.Equals(agencyId, AgencyId, StringComparison.Ordinal));
}
