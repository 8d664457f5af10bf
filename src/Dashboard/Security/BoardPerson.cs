using Safeguarding.Analytics.Domain.Readers;
using System.Security.Claims;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// The signed-in person as the pages and endpoints need them: the user name (the audit trail's actor), the name to
/// show, their role and, for an agency lead, their agency.
/// </summary>
public sealed record BoardPerson(string UserName, string DisplayName, string Role, string? AgencyId)
{
    /// <summary>The claim naming an agency lead's agency.</summary>
    public const string AgencyClaim = "sga:agency";

    /// <summary>The claim holding the name to show.</summary>
    public const string DisplayNameClaim = "sga:display_name";

    public bool IsAgencyLead => Reader.IsAgencyLead;

    /// <summary>The person as a feature query's reader: what they may see is decided there, from their role and agency.</summary>
    public Reader Reader => new(Role, AgencyId);

    /// <summary>
    /// The agency an agency lead's views are held to (empty, matching nothing, should a lead have none); null for
    /// every other role, who see every agency's.
    /// </summary>
    public string? HeldToAgency => Reader.HeldToAgency;

    /// <summary>Whether this person may see what belongs to <paramref name="agencyId"/>: anyone but another agency's lead.</summary>
    public bool MaySee(string? agencyId) => Reader.MaySee(agencyId);

    /// <summary>Whether the person's role is one the policy admits (for what a page offers; endpoints check the policy itself).</summary>
    public bool May(string policy) => Policies.Roles.TryGetValue(policy, out var roles) && roles.Contains(Role);

    /// <summary>The person a signed-in principal is, or null when nobody is signed in.</summary>
    public static BoardPerson? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            return null;
        }

        var role = BoardRoles.All.FirstOrDefault(principal.IsInRole) ?? string.Empty;
        return new BoardPerson(name, principal.FindFirst(DisplayNameClaim)?.Value ?? name, role, principal.FindFirst(AgencyClaim)?.Value);
    }

    /// <summary>The claims a session or access token carries for an account.</summary>
    public static IEnumerable<Claim> ClaimsOf(string userName, string displayName, string role, string? agencyId)
    {
        yield return new Claim(ClaimTypes.Name, userName);
        yield return new Claim(DisplayNameClaim, displayName);
        yield return new Claim(ClaimTypes.Role, role);
        if (agencyId is not null)
        {
            yield return new Claim(AgencyClaim, agencyId);
        }
    }
}
