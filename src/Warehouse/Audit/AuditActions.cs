namespace Safeguarding.Analytics.Warehouse.Audit;

/// <summary>The fixed vocabulary of audited actions; the store refuses any other.</summary>
public static class AuditActions
{
    /// <summary>A partner's return was received (upload, API or inbox) and kept.</summary>
    public const string ReturnReceived = "return.received";

    /// <summary>A return passed validation and was loaded as new versions.</summary>
    public const string ReturnLoaded = "return.loaded";

    /// <summary>A return was rejected with errors; nothing of it was loaded.</summary>
    public const string ReturnRejected = "return.rejected";

    /// <summary>A return was the same file as the agency's latest for the quarter; nothing changed.</summary>
    public const string ReturnUnchanged = "return.unchanged";

    /// <summary>A return's job failed on its last attempt for a reason other than the file; nothing of it is visible.</summary>
    public const string ReturnFailed = "return.failed";

    /// <summary>A stored return file was downloaded exactly as received.</summary>
    public const string SubmissionFileDownloaded = "submission.file.downloaded";

    /// <summary>A published comparator file was loaded.</summary>
    public const string ComparatorLoaded = "comparator.loaded";

    /// <summary>A record feed file (incidents, youth justice outcomes, child population) was loaded.</summary>
    public const string RecordsLoaded = "records.loaded";

    /// <summary>The derived indicators were counted from the records and the figures that changed were written.</summary>
    public const string IndicatorsDerived = "indicators.derived";

    /// <summary>An indicator or board priority in the catalogue was added or changed.</summary>
    public const string CatalogueEdited = "catalogue.edited";

    /// <summary>The exceptions register was brought in line with a fresh evaluation of an area.</summary>
    public const string ExceptionsReconciled = "exceptions.reconciled";

    /// <summary>A QA step was taken on an exception (assigned, responded to, closed, escalated, reopened).</summary>
    public const string ExceptionStep = "exception.step";

    /// <summary>Someone signed in (with a password or through the council's identity provider).</summary>
    public const string SignedIn = "account.signed_in";

    /// <summary>A sign-in was refused: unknown name, wrong password, or a locked account.</summary>
    public const string SignInRefused = "account.sign_in_refused";

    /// <summary>Too many wrong passwords in a row locked the account for a while.</summary>
    public const string AccountLocked = "account.locked";

    public const string SignedOut = "account.signed_out";

    public const string PasswordChanged = "account.password_changed";

    /// <summary>An account was created (at first start, or by an administrator).</summary>
    public const string AccountCreated = "account.created";

    /// <summary>A personal access token was issued; the token itself is never recorded.</summary>
    public const string AccessTokenIssued = "account.token_issued";

    public const string AccessTokenRevoked = "account.token_revoked";

    /// <summary>An administrator disabled an account: it can sign in by no means, and its sessions and tokens end.</summary>
    public const string AccountDisabled = "account.disabled";

    /// <summary>An administrator enabled a disabled account again.</summary>
    public const string AccountEnabled = "account.enabled";

    /// <summary>An administrator gave an account another role or agency; its sessions end.</summary>
    public const string AccountRoleChanged = "account.role_changed";

    /// <summary>An administrator set a temporary password, to be changed at the next sign-in; the password is never recorded.</summary>
    public const string PasswordReset = "account.password_reset";

    /// <summary>Someone ended every session of their own account ("sign out everywhere").</summary>
    public const string SignedOutEverywhere = "account.signed_out_everywhere";

    /// <summary>An administrator bound an account to a person at the council's identity provider (issuer and subject).</summary>
    public const string AccountCouncilLinked = "account.council_linked";

    /// <summary>An agency lead wrote (a new version of) what is behind a figure.</summary>
    public const string CommentaryWritten = "commentary.written";

    /// <summary>A quarter's board pack was frozen as a new version.</summary>
    public const string BoardPackFrozen = "boardpack.frozen";

    /// <summary>A frozen board pack was downloaded (HTML, PDF or its content).</summary>
    public const string BoardPackDownloaded = "boardpack.downloaded";

    /// <summary>A deep-dive extract was defined, or its definition changed.</summary>
    public const string ExtractDefined = "extract.defined";

    public const string ExtractDeleted = "extract.deleted";

    /// <summary>Someone asked for an extract to run now.</summary>
    public const string ExtractRunRequested = "extract.run_requested";

    /// <summary>An extract run finished and its file was kept.</summary>
    public const string ExtractRunSucceeded = "extract.run_succeeded";

    /// <summary>An extract run failed; no file was kept.</summary>
    public const string ExtractRunFailed = "extract.run_failed";

    /// <summary>An extract run's file was downloaded.</summary>
    public const string ExtractFileDownloaded = "extract.file.downloaded";

    /// <summary>An administrator read the audit trail (its page or its API); the filter and how many events are in the detail.</summary>
    public const string AuditRead = "audit.read";

    /// <summary>An administrator exported the audit trail as CSV; the filter and how many events are in the detail.</summary>
    public const string AuditExported = "audit.exported";

    /// <summary>A recurring job was run now from the job dashboard.</summary>
    public const string JobTriggered = "job.triggered";

    /// <summary>A job was put back in its queue (requeued, or a scheduled or awaiting one enqueued now) from the job dashboard.</summary>
    public const string JobRequeued = "job.requeued";

    /// <summary>A job was deleted from the job dashboard.</summary>
    public const string JobDeleted = "job.deleted";

    /// <summary>A recurring job's schedule was removed from the job dashboard.</summary>
    public const string RecurringJobRemoved = "job.recurring_removed";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ReturnReceived, ReturnLoaded, ReturnRejected, ReturnUnchanged, ReturnFailed, SubmissionFileDownloaded,
        ComparatorLoaded, RecordsLoaded, IndicatorsDerived, CatalogueEdited, ExceptionsReconciled, ExceptionStep,
        SignedIn, SignInRefused, AccountLocked, SignedOut, PasswordChanged, AccountCreated, AccessTokenIssued, AccessTokenRevoked,
        AccountDisabled, AccountEnabled, AccountRoleChanged, PasswordReset, SignedOutEverywhere, AccountCouncilLinked,
        CommentaryWritten, BoardPackFrozen, BoardPackDownloaded,
        ExtractDefined, ExtractDeleted, ExtractRunRequested, ExtractRunSucceeded, ExtractRunFailed, ExtractFileDownloaded,
        AuditRead, AuditExported, JobTriggered, JobRequeued, JobDeleted, RecurringJobRemoved,
    };
}
