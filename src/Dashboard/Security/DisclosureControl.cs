using Safeguarding.Analytics.Domain.Readers;
using System.Security.Claims;
using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Domain.Disclosure;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// Who is sent figures under disclosure control through the API: everyone but the analyst, who works with the whole
/// figures to prepare what the board publishes.
/// </summary>
internal static class DisclosureControl
{
    /// <summary>The rule to apply to what this person is sent; null for an analyst.</summary>
    public static DisclosureRule? For(ClaimsPrincipal user) =>
        BoardPerson.From(user)?.Role == BoardRoles.Analyst ? null : DisclosureRule.Standard;
}
