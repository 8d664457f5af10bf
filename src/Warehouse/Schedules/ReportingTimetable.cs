namespace Safeguarding.Analytics.Warehouse.Schedules;

/// <summary>A themed deep-dive report the board's timetable asks for in a month, with the board priorities it draws on.</summary>
public sealed record DeepDive(string Id, int Month, string Theme, IReadOnlyList<string> PriorityIds, string Note);

/// <summary>
/// The board's reporting and monitoring timetable for deep dives (the learning and improvement framework's
/// "Reporting and Monitoring Timetable"): Early Help in January; Domestic Abuse, Mental Health and Substance Misuse in
/// March; CSE and missing (VEMT) in May; looked-after children, care leavers and youth offending in July; the
/// multi-agency training programme in September.
/// </summary>
public static class ReportingTimetable
{
    public static IReadOnlyList<DeepDive> DeepDives { get; } =
    [
        new("early-help", 1, "Early Help", ["early_help_thresholds"],
            "The front door, assessments and early help: whether thresholds are applied consistently."),
        new("domestic-abuse-mental-health-substance-misuse", 3, "Domestic Abuse; Mental Health; Substance Misuse", ["domestic_abuse"],
            "The catalogue holds domestic abuse indicators; mental health and substance misuse have none yet, so the extract carries domestic abuse."),
        new("cse-and-missing", 5, "CSE and missing (VEMT)", ["exploitation_missing"],
            "Children at risk of sexual and criminal exploitation, and children who go missing from home or care."),
        new("looked-after-care-leavers-youth-offending", 7, "Looked-after Children and Care Leavers; Youth Offending", ["children_in_care", "youth_justice"],
            "Looked-after children, care leavers, first-time entrants and re-offending."),
        new("multi-agency-training", 9, "Multi-Agency Training Programme", ["partnership_effectiveness"],
            "The workforce and multi-agency training: the conditions for good practice."),
    ];

    /// <summary>The deep dives due in a calendar month (1–12).</summary>
    public static IReadOnlyList<DeepDive> DueIn(int month) => [.. DeepDives.Where(d => d.Month == month)];
}
