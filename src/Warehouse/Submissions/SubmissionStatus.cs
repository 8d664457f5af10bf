namespace Safeguarding.Analytics.Warehouse.Submissions;

/// <summary>Where a partner's file is on its way from receipt to the warehouse.</summary>
public enum SubmissionStatus
{
    /// <summary>Stored and waiting for the processing job.</summary>
    Received,

    /// <summary>A job is validating or loading it for the first time.</summary>
    Processing,

    /// <summary>Valid, and its rows are in the warehouse as a new version.</summary>
    Loaded,

    /// <summary>At least one error: nothing from it was stored in the warehouse.</summary>
    Rejected,

    /// <summary>Identical to the agency's latest loaded return for the period: nothing to load.</summary>
    Unchanged,

    /// <summary>Every retry failed (the store was unreachable, say); nothing from it is visible.</summary>
    Failed,

    /// <summary>
    /// An attempt failed for a reason other than the file (the store was unreachable, say) and the job will try again,
    /// or is trying again; the attempt's number and its error are kept. Nothing from it is visible yet.
    /// </summary>
    Retrying,
}
