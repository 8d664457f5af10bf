namespace Safeguarding.Analytics.Domain.Readers;

/// <summary>The roles a person holds in the service; each account has exactly one.</summary>
public static class BoardRoles
{
    /// <summary>A strategic board member: reads the quarterly dashboard, the board pack and what QA escalated.</summary>
    public const string BoardMember = "BoardMember";

    /// <summary>A member of the QA sub-group: challenges partners on exceptions, assigns, closes and escalates them.</summary>
    public const string QaMember = "QaMember";

    /// <summary>A performance analyst: sends returns for any agency, runs jobs and extracts.</summary>
    public const string Analyst = "Analyst";

    /// <summary>A partner agency's lead, bound to one agency: sends its returns, answers its exceptions, writes its commentary.</summary>
    public const string AgencyLead = "AgencyLead";

    /// <summary>Runs the service: accounts, the catalogue, the audit trail, the job dashboard.</summary>
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [BoardMember, QaMember, Analyst, AgencyLead, Admin];

    /// <summary>The role as people read it.</summary>
    public static string Describe(string role) => role switch
    {
        BoardMember => "Board member",
        QaMember => "QA sub-group member",
        Analyst => "Analyst",
        AgencyLead => "Agency lead",
        Admin => "Administrator",
        _ => role,
    };
}
