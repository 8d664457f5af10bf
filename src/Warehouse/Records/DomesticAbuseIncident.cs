namespace Safeguarding.Analytics.Warehouse.Records;

/// <summary>
/// One domestic abuse incident as the police (or the MARAC coordinator) record it, pseudonymised before it reaches the
/// service: the victim and perpetrator ids are salted hashes made by the sender, so the same person has the same id in
/// every file and no name or date of birth is ever held.
/// </summary>
public sealed record DomesticAbuseIncident(
    string IncidentId,
    string VictimId,
    string PerpetratorId,
    DateOnly IncidentDate,
    string AreaCode,
    RiskLevel RiskLevel,
    bool MaracReferral);

/// <summary>The DASH risk assessment's level; high-risk cases are the ones referred to MARAC.</summary>
public enum RiskLevel
{
    Standard,
    Medium,
    High,
}
