using System.Globalization;
using Safeguarding.Analytics.Dashboard.Overview;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Warehouse.Commentary;
using Safeguarding.Analytics.Domain.Periods;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Dashboard.Indicators;

/// <summary>What became of a note: the version stored (null when it was the same as the latest), or why it was refused.</summary>
internal sealed record CommentaryWritten(AgencyCommentary? Note, string? Refusal);

/// <summary>
/// An agency lead writes "what is behind the number" for one of their agency's indicators, for the partnership's own
/// area and one period: each change is a new version, earlier ones are kept, and each is in the audit trail.
/// </summary>
internal sealed class CommentaryWriter(IAppStore store, ReferenceDataSet reference, HomeArea home, AuditTrail audit)
{
    public const int MaxLength = 2_000;

    /// <summary>Whether the person may write on this indicator at all: the lead of the agency that reports it.</summary>
    public bool MayWrite(BoardPerson? person, string indicatorId) =>
        person is { IsAgencyLead: true } && person.May(Policies.WriteCommentary)
        && reference.FindAgency(person.AgencyId) is { } agency
        && reference.Indicators.FirstOrDefault(i => i.Id == indicatorId) is { } indicator && agency.Owns(indicator);

    public async Task<CommentaryWritten> WriteAsync(BoardPerson person, string indicatorId, string? periodKey, string? text, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!MayWrite(person, indicatorId))
        {
            return new(null, $"Only the lead of the agency that reports {indicatorId} writes its commentary.");
        }

        var indicator = reference.Indicators.First(i => i.Id == indicatorId);
        if (!Period.TryParse(periodKey, out var period) || (indicator.Frequency == Frequency.Quarterly) != (period.Kind == PeriodKind.FinancialQuarter))
        {
            return new(null, $"'{periodKey}' is not a period of {indicator.Name}: write a quarter as 2024-25 Q1, a year as 2024-25.");
        }

        var note = (text ?? string.Empty).Trim();
        if (note.Length == 0 || note.Length > MaxLength || note.Contains('\0', StringComparison.Ordinal))
        {
            return new(null, $"Write the commentary as text of 1 to {MaxLength.ToString("N0", CultureInfo.InvariantCulture)} characters.");
        }

        var added = await store.AddCommentaryAsync(
            [new AgencyCommentary
            {
                IndicatorId = indicator.Id,
                AreaCode = home.Area.Code,
                PeriodKey = period.Key,
                AgencyId = person.AgencyId!,
                Text = note,
                Author = person.UserName,
            }],
            cancellationToken);
        if (added.Count == 0)
        {
            return new(null, null);
        }

        var stored = added[0];
        await audit.RecordAsync(person.UserName, AuditActions.CommentaryWritten, AuditSubjects.Commentary, stored.Id.ToString(CultureInfo.InvariantCulture), $"{stored.IndicatorId} {stored.PeriodKey}, version {stored.Version}", clientAddress, cancellationToken);
        return new(stored, null);
    }
}
