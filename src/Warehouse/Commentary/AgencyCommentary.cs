namespace Safeguarding.Analytics.Warehouse.Commentary;

/// <summary>
/// What an agency says is behind a figure: a note on one indicator for one area and period. A new note for the same
/// figure from the same agency is a new version; earlier versions are kept.
/// </summary>
public sealed record AgencyCommentary
{
    /// <summary>Assigned by the app store.</summary>
    public long Id { get; init; }

    public required string IndicatorId { get; init; }

    /// <summary>The area's ONS code.</summary>
    public required string AreaCode { get; init; }

    /// <summary>The figure's period, e.g. <c>2024-25 Q1</c>, or <c>2024-25</c> for a yearly indicator.</summary>
    public required string PeriodKey { get; init; }

    /// <summary>The agency whose note it is.</summary>
    public required string AgencyId { get; init; }

    /// <summary>The note exactly as the agency wrote it.</summary>
    public required string Text { get; init; }

    /// <summary>1 for the first note on the figure, 2 for the next, and so on; assigned by the app store.</summary>
    public int Version { get; init; }

    /// <summary>The submission the note came from; null when it was not sent in a return.</summary>
    public long? SubmissionId { get; init; }

    /// <summary>Who wrote it: <see cref="CommentaryAuthors.Return"/> for a note in a partner's return.</summary>
    public string? Author { get; init; }

    /// <summary>UTC; set by the app store when the version is added.</summary>
    public DateTime CreatedAt { get; init; }
}

/// <summary>Where commentary came from when no person wrote it on the indicator page (their user name is the author then).</summary>
public static class CommentaryAuthors
{
    /// <summary>The note column of a partner's return.</summary>
    public const string Return = "return";

    /// <summary>The generated demo returns.</summary>
    public const string Demo = "demo";
}
