using Safeguarding.Analytics.Domain.Readers;
using Microsoft.AspNetCore.Authorization;
using Safeguarding.Analytics.Warehouse.Accounts;

namespace Safeguarding.Analytics.Dashboard.Security;

/// <summary>
/// The named policies every page and endpoint declares, and the roles each admits. An agency lead is further held to
/// their own agency inside the feature query the page and the endpoint both call, which takes the reader
/// (<see cref="BoardPerson.Reader"/>).
/// </summary>
internal static class Policies
{
    /// <summary>Read the overview, indicator, compare and methods pages and their APIs: every role.</summary>
    public const string ReadDashboard = "ReadDashboard";

    /// <summary>Read returns and their problems; agency leads only their agency's.</summary>
    public const string ReadSubmissions = "ReadSubmissions";

    /// <summary>Send a partner's return; agency leads only for their agency.</summary>
    public const string SendReturns = "SendReturns";

    /// <summary>Read the exceptions register; agency leads only their agency's exceptions.</summary>
    public const string ReadExceptions = "ReadExceptions";

    /// <summary>Assign, close, escalate and reopen exceptions: the QA sub-group.</summary>
    public const string RunQa = "RunQa";

    /// <summary>Answer an exception assigned to one's agency: agency leads.</summary>
    public const string AnswerExceptions = "AnswerExceptions";

    /// <summary>Write "what is behind the number" for one's agency's indicators: agency leads.</summary>
    public const string WriteCommentary = "WriteCommentary";

    /// <summary>The job dashboard, schedules and extracts: analysts and administrators.</summary>
    public const string RunJobs = "RunJobs";

    /// <summary>Freeze a new version of a quarter's board pack: QA members, analysts and administrators.</summary>
    public const string PrepareBoardPacks = "PrepareBoardPacks";

    /// <summary>Rebuild a frozen board pack as at its moment to check it is unchanged: QA members and administrators.</summary>
    public const string CheckBoardPacks = "CheckBoardPacks";

    /// <summary>The audit trail: administrators.</summary>
    public const string ViewAudit = "ViewAudit";

    /// <summary>Edit the indicator catalogue and board priorities: administrators.</summary>
    public const string EditCatalogue = "EditCatalogue";

    /// <summary>One's own account (access tokens, sign out everywhere): every signed-in person.</summary>
    public const string OwnAccount = "OwnAccount";

    /// <summary>Change one's own password, and sign out: every signed-in person, even one whose password must change.</summary>
    public const string ChangeOwnPassword = "ChangeOwnPassword";

    /// <summary>The Accounts page: add, disable, re-role, reset and revoke anyone's tokens: administrators.</summary>
    public const string ManageAccounts = "ManageAccounts";

    /// <summary>
    /// The claim a session carries while its password, set by someone else, has not yet been changed: it admits the
    /// person to <see cref="ChangeOwnPassword"/> only; every other policy, and the fallback, refuse it.
    /// </summary>
    public const string PasswordChangeRequiredClaim = "sga:password_change_required";

    /// <summary>Each policy and the roles it admits.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Roles { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [ReadDashboard] = BoardRoles.All,
        [ReadSubmissions] = [BoardRoles.QaMember, BoardRoles.Analyst, BoardRoles.AgencyLead, BoardRoles.Admin],
        [SendReturns] = [BoardRoles.Analyst, BoardRoles.AgencyLead, BoardRoles.Admin],
        [ReadExceptions] = BoardRoles.All,
        [RunQa] = [BoardRoles.QaMember],
        [AnswerExceptions] = [BoardRoles.AgencyLead],
        [WriteCommentary] = [BoardRoles.AgencyLead],
        [RunJobs] = [BoardRoles.Analyst, BoardRoles.Admin],
        [PrepareBoardPacks] = [BoardRoles.QaMember, BoardRoles.Analyst, BoardRoles.Admin],
        [CheckBoardPacks] = [BoardRoles.QaMember, BoardRoles.Admin],
        [ViewAudit] = [BoardRoles.Admin],
        [EditCatalogue] = [BoardRoles.Admin],
        [OwnAccount] = BoardRoles.All,
        [ChangeOwnPassword] = BoardRoles.All,
        [ManageAccounts] = [BoardRoles.Admin],
    };

    /// <summary>Registers every policy; a signed-in person is required everywhere a policy is not named.</summary>
    public static AuthorizationBuilder AddBoardPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var (name, roles) in Roles)
        {
            authorization.AddPolicy(name, policy =>
            {
                policy.RequireAuthenticatedUser().RequireRole(roles);
                if (name != ChangeOwnPassword)
                {
                    policy.RequireAssertion(context => !MustChangePassword(context.User));
                }
            });
        }

        return authorization.SetFallbackPolicy(new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireAssertion(context => !MustChangePassword(context.User))
            .Build());
    }

    /// <summary>Whether the session is held to changing its password.</summary>
    public static bool MustChangePassword(System.Security.Claims.ClaimsPrincipal user) =>
        user.HasClaim(c => c.Type == PasswordChangeRequiredClaim);
}
