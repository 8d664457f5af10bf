using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.Commentary;

namespace Safeguarding.Analytics.Ingest.Demo;

/// <summary>
/// The notes the demo's agencies wrote on their returns: each planted event's note, on the row of the event's first
/// quarter, from the indicator's lead agency. Pure and deterministic, like the returns themselves.
/// </summary>
public static class DemoCommentary
{
    public static IReadOnlyList<AgencyCommentary> For(DemoInputs inputs, IReadOnlyList<Agency> agencies)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(agencies);
        var quarterly = inputs.Indicators.Where(i => i.Frequency == Frequency.Quarterly).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var notes = new List<AgencyCommentary>();
        foreach (var planted in inputs.Events.Where(e => e.Note.Length > 0))
        {
            if (!quarterly.TryGetValue(planted.IndicatorId, out var indicator)
                || planted.FirstPeriod < inputs.FirstQuarter || planted.FirstPeriod > inputs.LastQuarter)
            {
                continue;
            }

            var agency = agencies.FirstOrDefault(a => a.Owns(indicator))
                ?? throw new InvalidOperationException($"No agency leads {indicator.Id} ({indicator.LeadAgency}), so its demo note has no author.");
            notes.Add(new AgencyCommentary
            {
                IndicatorId = indicator.Id,
                AreaCode = inputs.AreaCode,
                PeriodKey = planted.FirstPeriod.Key,
                AgencyId = agency.Id,
                Text = planted.Note,
                Author = CommentaryAuthors.Demo,
            });
        }

        return notes;
    }
}
