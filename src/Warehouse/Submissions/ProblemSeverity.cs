namespace Safeguarding.Analytics.Warehouse.Submissions;

public enum ProblemSeverity
{
    /// <summary>Blocks the whole file.</summary>
    Error,

    /// <summary>A plausibility concern: does not block, feeds data quality.</summary>
    Warning,
}
