using Safeguarding.Analytics.Domain.Readers;
using System.Security.Claims;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Dashboard.Tests.Security;

/// <summary>How the council identity provider's token becomes a person in the service, or is refused in words.</summary>
public class CouncilSignInTests
{
    private static readonly CouncilSignInOptions Options = new()
    {
        RoleMap = new(StringComparer.OrdinalIgnoreCase) { ["sg-qa-subgroup"] = BoardRoles.QaMember },
    };

    private static ClaimsPrincipal Token(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));

    [Fact]
    public void A_mapped_group_becomes_the_role_and_the_name_is_kept_in_lower_case()
    {
        var refusal = CouncilSignIn.Admit(Token(("preferred_username", "Jo.Bloggs@council.gov.uk"), ("roles", "sg-qa-subgroup"), ("name", "Jo Bloggs")), Options, out var person);

        Assert.Null(refusal);
        Assert.Equal(new BoardPerson("jo.bloggs@council.gov.uk", "Jo Bloggs", BoardRoles.QaMember, null), person);
    }

    [Fact]
    public void An_agency_lead_keeps_the_agency_the_token_names_and_no_other_role_carries_one()
    {
        CouncilSignIn.Admit(Token(("preferred_username", "lead"), ("roles", "AgencyLead"), ("agency", "police")), Options, out var lead);
        CouncilSignIn.Admit(Token(("preferred_username", "analyst"), ("roles", "Analyst"), ("agency", "police")), Options, out var analyst);

        Assert.Equal("police", lead!.AgencyId);
        Assert.Null(analyst!.AgencyId);
    }

    [Theory]
    [InlineData("has no role in this service", "preferred_username:someone", "roles:Finance")]
    [InlineData("more than one role", "preferred_username:someone", "roles:Analyst", "roles:Admin")]
    [InlineData("names no agency", "preferred_username:someone", "roles:AgencyLead")]
    [InlineData("has no 'preferred_username'", "roles:Analyst")]
    public void A_token_the_service_cannot_place_is_refused_in_words(string words, params string[] claims)
    {
        var refusal = CouncilSignIn.Admit(Token(claims.Select(c => (c[..c.IndexOf(':', StringComparison.Ordinal)], c[(c.IndexOf(':', StringComparison.Ordinal) + 1)..])).ToArray()), Options, out var person);

        Assert.Contains(words, refusal, StringComparison.Ordinal);
        Assert.Null(person);
    }

    [Fact]
    public void An_email_address_stands_for_the_user_name_only_when_the_provider_has_verified_it()
    {
        var unverified = CouncilSignIn.Admit(Token(("email", "admin@council.gov.uk"), ("roles", "Analyst")), Options, out var nobody);
        var verified = CouncilSignIn.Admit(Token(("email", "Sam@Council.gov.uk"), ("email_verified", "true"), ("roles", "Analyst")), Options, out var sam);

        Assert.Contains("has no 'preferred_username'", unverified, StringComparison.Ordinal);
        Assert.Null(nobody);
        Assert.Null(verified);
        Assert.Equal("sam@council.gov.uk", sam!.UserName);
    }

    [Fact]
    public void A_service_role_name_from_the_provider_gives_no_role_when_only_the_role_map_is_accepted()
    {
        var mapOnly = new CouncilSignInOptions { RoleMap = Options.RoleMap, AcceptServiceRoleNames = false, AskForRole = "the business unit" };

        var refusal = CouncilSignIn.Admit(Token(("preferred_username", "someone"), ("roles", "Admin")), mapOnly, out var refused);
        var mapped = CouncilSignIn.Admit(Token(("preferred_username", "someone"), ("roles", "Admin"), ("roles", "SG-QA-Subgroup")), mapOnly, out var member);

        Assert.Contains("groups give no role here; ask the business unit", refusal, StringComparison.Ordinal);
        Assert.Null(refused);
        Assert.Null(mapped);
        Assert.Equal(BoardRoles.QaMember, member!.Role);
    }
}
