using Safeguarding.Analytics.Ingest.Extracts.Scheduling;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.Extracts;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Ingest.Extracts;

/// <summary>
/// Checks an extract draft against the catalogue and the rules of periods and schedules; each problem names the
/// field that holds it, so the form and the API can say exactly what to mend.
/// </summary>
public static class ExtractDraftCheck
{
    public const int MaxTextLength = 200;
    public const int MaxQuarters = 80;
    public const int MaxWorkingDaysBefore = 60;

    public static IReadOnlyList<string> Formats { get; } = ["csv", "xlsx"];

    /// <summary>The definition the draft describes under <paramref name="id"/>, or the problems that stop it.</summary>
    public static (ExtractDefinition? Definition, IReadOnlyList<string> Problems) Check(
        string id, ExtractDraft draft, IReadOnlyCollection<Indicator> indicators, IReadOnlyCollection<BoardPriority> priorities)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(priorities);
        var problems = new List<string>();
        var title = Text(draft.Title, "title", problems);
        var theme = Text(draft.Theme, "theme", problems);
        var (indicatorIds, priorityIds) = Figures(draft, indicators, priorities, problems);
        var roles = Roles(draft.AreaRoles, problems);
        var periods = Periods(draft.Periods, problems);
        var format = draft.Format?.Trim().ToLowerInvariant();
        if (format is null || !Formats.Contains(format))
        {
            problems.Add($"format must be one of {string.Join(", ", Formats)}{(draft.Format is null ? string.Empty : $", not '{draft.Format}'")}.");
        }

        var schedule = Schedule(draft.Schedule, problems);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new ExtractDefinition
        {
            Id = id,
            Title = title!,
            Theme = theme!,
            IndicatorIds = indicatorIds,
            PriorityIds = priorityIds,
            AreaRoles = roles,
            Periods = periods!,
            Format = format!,
            Schedule = schedule!,
        }, problems);
    }

    private static string? Text(string? value, string field, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > MaxTextLength || value.Contains('\0', StringComparison.Ordinal))
        {
            problems.Add($"{field} must be given, up to {MaxTextLength} characters.");
            return null;
        }

        return value.Trim();
    }

    private static (string[] Indicators, string[] Priorities) Figures(
        ExtractDraft draft, IReadOnlyCollection<Indicator> indicators, IReadOnlyCollection<BoardPriority> priorities, List<string> problems)
    {
        string[] indicatorIds = [.. (draft.IndicatorIds ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal)];
        string[] priorityIds = [.. (draft.PriorityIds ?? []).Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)];
        if ((indicatorIds.Length == 0) == (priorityIds.Length == 0))
        {
            problems.Add("Give either indicatorIds (the indicators) or priorityIds (every indicator of those board priorities), not both and not neither.");
        }

        var unknownIndicators = indicatorIds.Where(i => indicators.All(known => known.Id != i)).ToList();
        if (unknownIndicators.Count > 0)
        {
            problems.Add($"indicatorIds: {string.Join(", ", unknownIndicators)} {(unknownIndicators.Count == 1 ? "is" : "are")} not in the catalogue.");
        }

        var unknownPriorities = priorityIds.Where(p => priorities.All(known => known.Id != p)).ToList();
        if (unknownPriorities.Count > 0)
        {
            problems.Add($"priorityIds: {string.Join(", ", unknownPriorities)} {(unknownPriorities.Count == 1 ? "is" : "are")} not a board priority; the priorities are {string.Join(", ", priorities.Select(p => p.Id))}.");
        }

        return (indicatorIds, priorityIds);
    }

    private static string[] Roles(IList<string>? areaRoles, List<string> problems)
    {
        string[] roles = [.. (areaRoles ?? []).Select(r => r.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
        var unknown = roles.Where(r => !ExtractAreaRoles.All.Contains(r)).ToList();
        if (roles.Length == 0 || unknown.Count > 0)
        {
            problems.Add($"areaRoles must name at least one of {string.Join(", ", ExtractAreaRoles.All)}{(unknown.Count > 0 ? $"; '{string.Join("', '", unknown)}' is not one" : string.Empty)}.");
        }

        // Kept in the board's order, whatever order they were ticked in.
        return [.. ExtractAreaRoles.All.Where(roles.Contains)];
    }

    private static ExtractPeriodRange? Periods(ExtractPeriodsDraft? periods, List<string> problems)
    {
        if (periods is { LastQuarters: { } quarters, From: null, To: null })
        {
            if (quarters is >= 1 and <= MaxQuarters)
            {
                return ExtractPeriodRange.Recent(quarters);
            }

            problems.Add($"periods.lastQuarters must be from 1 to {MaxQuarters}, not {quarters}.");
            return null;
        }

        if (periods is { LastQuarters: null, From: { } fromKey, To: { } toKey })
        {
            var fromOk = Period.TryParse(fromKey, out var from);
            var toOk = Period.TryParse(toKey, out var to);
            if (!fromOk)
            {
                problems.Add($"periods.from '{fromKey}' is not a period key: expected e.g. '2024-25 Q1', '2023-24' or '2023'.");
            }

            if (!toOk)
            {
                problems.Add($"periods.to '{toKey}' is not a period key: expected e.g. '2024-25 Q1', '2023-24' or '2023'.");
            }

            if (from is not null && to is not null && from.Start > to.End)
            {
                problems.Add($"periods.from ({from.Key}) must not come after periods.to ({to.Key}).");
            }

            return from is not null && to is not null ? ExtractPeriodRange.Fixed(from.Key, to.Key) : null;
        }

        problems.Add("periods must give either lastQuarters (the last N complete quarters before each run) or both from and to (period keys), not both.");
        return null;
    }

    private static ExtractSchedule? Schedule(ExtractScheduleDraft? schedule, List<string> problems)
    {
        var kind = schedule?.Kind?.Trim().ToLowerInvariant();
        var enabled = schedule?.Enabled ?? true;
        switch (kind)
        {
            case ExtractScheduleKinds.Manual:
                return ExtractSchedule.Manual();
            case ExtractScheduleKinds.Cron when ExtractScheduleRules.CronProblem(schedule!.Cron) is { } problem:
                problems.Add(problem);
                return null;
            case ExtractScheduleKinds.Cron:
                return ExtractSchedule.OnCron(schedule!.Cron!.Trim()) with { Enabled = enabled };
            case ExtractScheduleKinds.BoardMeeting:
                var days = schedule!.WorkingDaysBefore;
                var month = schedule.BoardMonth;
                if (days is not (>= 0 and <= MaxWorkingDaysBefore))
                {
                    problems.Add($"schedule.workingDaysBefore must be from 0 to {MaxWorkingDaysBefore} for a board-meeting schedule.");
                }

                if (month is not (>= 1 and <= 12))
                {
                    problems.Add("schedule.boardMonth must be a month from 1 (January) to 12 (December) for a board-meeting schedule.");
                }

                return days is >= 0 and <= MaxWorkingDaysBefore && month is >= 1 and <= 12
                    ? ExtractSchedule.BeforeBoardMeeting(days.Value, month.Value) with { Enabled = enabled }
                    : null;
            default:
                problems.Add($"schedule.kind must be one of {string.Join(", ", ExtractScheduleKinds.All)}{(kind is null ? string.Empty : $", not '{schedule!.Kind}'")}.");
                return null;
        }
    }
}
