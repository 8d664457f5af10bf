using Safeguarding.Analytics.Dashboard.Exceptions;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// The exceptions escalated to the board as at a moment: those whose last QA step by then escalated them (an escalated
/// exception can only be reopened, so it had not been closed), with the evidence in words and the latest notes. The
/// pack is written for board members: an escalation's evidence is shown or withheld as a board member sees it
/// (<see cref="ExceptionEvidenceDisclosure"/>), judged over the warehouse as it stood when the pack's figures were read.
/// </summary>
public sealed class PackEscalations(IAppStore store, ReferenceDataSet reference, ExceptionEvidenceDisclosure disclosure)
{
    /// <summary>How many of an exception's latest steps the pack quotes.</summary>
    public const int NotesShown = 3;

    public async Task<IReadOnlyList<PackEscalation>> AsAtAsync(
        string areaCode, DateTime moment, DateTime figuresAsOf, IReadOnlyList<Indicator> indicators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var steps = await store.GetExceptionStepsUpToAsync(moment, cancellationToken).ConfigureAwait(false);
        var escalated = steps.GroupBy(s => s.ExceptionId)
            .Select(g => g.OrderBy(s => s.Number).ToList())
            .Where(history => history[^1].ToState == ExceptionQaStates.Escalated);
        var byId = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var found = new List<(ExceptionFlag Flag, List<ExceptionStepTaken> History)>();
        foreach (var history in escalated)
        {
            var flag = await store.FindExceptionAsync(history[0].ExceptionId, cancellationToken).ConfigureAwait(false);
            if (flag is not null && flag.Finding.AreaCode == areaCode)
            {
                found.Add((flag, history));
            }
        }

        var shownAll = await disclosure.ShowAsync(Reader.BoardMember, [.. found.Select(f => f.Flag)], indicators, figuresAsOf, cancellationToken).ConfigureAwait(false);
        var escalations = new List<(string Severity, PackEscalation Escalation)>();
        foreach (var ((flag, history), shown) in found.Zip(shownAll))
        {
            var finding = shown.Finding;
            var indicator = byId.GetValueOrDefault(finding.IndicatorId);
            escalations.Add((finding.Severity, new PackEscalation
            {
                Id = flag.Id,
                Kind = ExceptionWords.Kind(finding.Kind),
                Severity = ExceptionWords.Severity(finding.Severity),
                About = indicator?.Name ?? reference.FindAgency(finding.AgencyId)?.Name ?? finding.AgencyId ?? "The partnership's area",
                Period = finding.PeriodKey,
                Evidence = shown.Withheld is null ? finding.Summary : $"Evidence not shown. {shown.Withheld}",
                Method = finding.Method,
                EscalatedAt = history[^1].At,
                Notes = [.. history.AsEnumerable().Reverse().Take(NotesShown).Select(s => new PackStepNote(ExceptionWords.QaState(s.ToState), s.Actor, s.At, s.Comment))],
                Link = $"/exceptions/{flag.Id}",
            }));
        }

        return [.. escalations
            .OrderBy(e => ExceptionSeverities.Rank(e.Severity))
            .ThenBy(e => e.Escalation.EscalatedAt)
            .ThenBy(e => e.Escalation.Id)
            .Select(e => e.Escalation)];
    }
}
