namespace Safeguarding.Analytics.Warehouse.Extracts;

/// <summary>
/// A deep-dive extract an analyst defined for the board: which figures (indicators, or every indicator of the board
/// priorities named), for which areas, over which periods, in which file format, and when it runs by itself.
/// </summary>
public sealed record ExtractDefinition
{
    public required string Id { get; init; }
    public required string Title { get; init; }

    /// <summary>The deep dive's theme as the board's timetable words it, e.g. "Early Help".</summary>
    public required string Theme { get; init; }

    /// <summary>The indicators asked for; empty when the extract takes every indicator of <see cref="PriorityIds"/>.</summary>
    public IReadOnlyList<string> IndicatorIds { get; init; } = [];

    /// <summary>The board priorities whose indicators the extract takes; empty when <see cref="IndicatorIds"/> are named.</summary>
    public IReadOnlyList<string> PriorityIds { get; init; } = [];

    /// <summary>The parts the areas play: any of <see cref="ExtractAreaRoles.All"/>.</summary>
    public IReadOnlyList<string> AreaRoles { get; init; } = [];

    public required ExtractPeriodRange Periods { get; init; }

    /// <summary><c>csv</c> or <c>xlsx</c>.</summary>
    public required string Format { get; init; }

    public required ExtractSchedule Schedule { get; init; }

    /// <summary>The timetable deep dive this extract was made for on first start, or null for an analyst's own.</summary>
    public string? DeepDiveId { get; init; }

    public string CreatedBy { get; init; } = string.Empty;

    /// <summary>UTC; set by the app store when first saved.</summary>
    public DateTime CreatedAt { get; init; }

    public string UpdatedBy { get; init; } = string.Empty;

    /// <summary>UTC; set by the app store on save.</summary>
    public DateTime UpdatedAt { get; init; }
}
