using Safeguarding.Analytics.Dashboard.Exceptions;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// The exceptions escalated to the board as at a moment: those whose last QA step by then escalated them (an escalated
/// exception can only be reopened, so it had not been closed), with the evidence in words and the latest notes.
/// </summary>
public sealed class PackEscalations(IAppStore store, ReferenceDataSet reference)
{
    /// <summary>How many of an exception's latest steps the pack quotes.</summary>
    public const int NotesShown = 3;

    public async Task<IReadOnlyList<PackEscalation>> AsAtAsync(
        string areaCode, DateTime moment, IReadOnlyList<Indicator> indicators, PackIndicators figures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(figures);
        var steps = await store.GetExceptionStepsUpToAsync(moment, cancellationToken).ConfigureAwait(false);
        var escalated = steps.GroupBy(s => s.ExceptionId)
            .Select(g => g.OrderBy(s => s.Number).ToList())
            .Where(history => history[^1].ToState == ExceptionQaStates.Escalated);
        var byId = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var escalations = new List<(string Severity, PackEscalation Escalation)>();
        foreach (var history in escalated)
        {
            var flag = await store.FindExceptionAsync(history[0].ExceptionId, cancellationToken).ConfigureAwait(false);
            if (flag is null || flag.Finding.AreaCode != areaCode)
            {
                continue;
            }

            var finding = flag.Finding;
            var indicator = byId.GetValueOrDefault(finding.IndicatorId);
            var withheld = indicator is null ? null : figures.Withheld(indicator, finding.PeriodKey);
            escalations.Add((finding.Severity, new PackEscalation
            {
                Id = flag.Id,
                Kind = ExceptionWords.Kind(finding.Kind),
                Severity = ExceptionWords.Severity(finding.Severity),
                About = indicator?.Name ?? reference.FindAgency(finding.AgencyId)?.Name ?? finding.AgencyId ?? "The partnership's area",
                Period = finding.PeriodKey,
                Evidence = withheld is null ? finding.Summary : $"Evidence not shown: the {finding.PeriodKey} figure is {withheld}.",
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
