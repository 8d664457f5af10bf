using Safeguarding.Analytics.Warehouse.Extracts;

namespace Safeguarding.Analytics.Ingest.Extracts;

/// <summary>
/// An extract as an analyst sends or fills it in, every field optional until checked: the body of
/// <c>POST/PUT /api/extracts</c> and the model of the extract form. <see cref="ExtractDraftCheck"/> turns it into an
/// <see cref="ExtractDefinition"/> or says, field by field, what is wrong.
/// </summary>
public sealed class ExtractDraft
{
    public string? Title { get; set; }
    public string? Theme { get; set; }
    public IList<string>? IndicatorIds { get; set; }
    public IList<string>? PriorityIds { get; set; }
    public IList<string>? AreaRoles { get; set; }
    public ExtractPeriodsDraft? Periods { get; set; }
    public string? Format { get; set; }
    public ExtractScheduleDraft? Schedule { get; set; }

    public static ExtractDraft From(ExtractDefinition extract)
    {
        ArgumentNullException.ThrowIfNull(extract);
        return new ExtractDraft
        {
            Title = extract.Title,
            Theme = extract.Theme,
            IndicatorIds = [.. extract.IndicatorIds],
            PriorityIds = [.. extract.PriorityIds],
            AreaRoles = [.. extract.AreaRoles],
            Periods = new ExtractPeriodsDraft { From = extract.Periods.From, To = extract.Periods.To, LastQuarters = extract.Periods.LastQuarters },
            Format = extract.Format,
            Schedule = new ExtractScheduleDraft
            {
                Kind = extract.Schedule.Kind,
                Cron = extract.Schedule.Cron,
                WorkingDaysBefore = extract.Schedule.WorkingDaysBefore,
                BoardMonth = extract.Schedule.BoardMonth,
                Enabled = extract.Schedule.Enabled,
            },
        };
    }
}
