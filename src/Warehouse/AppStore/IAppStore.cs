using Safeguarding.Analytics.Warehouse.Accounts;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.Commentary;
using Safeguarding.Analytics.Domain.DataQuality;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Warehouse.Exceptions.Register;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;
using Safeguarding.Analytics.Warehouse.Schedules;
using Safeguarding.Analytics.Warehouse.Submissions;

namespace Safeguarding.Analytics.Warehouse.AppStore;

/// <summary>
/// The application's own records: the catalogue with analysts' edits, partners' submissions with their files and
/// problems, data quality, recurring schedules and the exceptions register. One implementation per engine (SQLite embedded, PostgreSQL server), the same contract tests for each.
/// </summary>
public partial interface IAppStore
{
    string Engine { get; }

    /// <summary>Applies every migration not yet applied, in order; safe to call at every start.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<BoardPriority>> GetPrioritiesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Indicator>> GetIndicatorsAsync(CancellationToken cancellationToken = default);

    Task<Indicator?> FindIndicatorAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds the priorities and indicators the store does not hold yet. Existing rows are left alone, so an analyst's
    /// edit survives every restart. Returns how many rows were added.
    /// </summary>
    Task<int> SeedCatalogueAsync(IEnumerable<BoardPriority> priorities, IEnumerable<Indicator> indicators, CancellationToken cancellationToken = default);

    /// <summary>Adds or changes an indicator and records who changed what.</summary>
    Task SaveIndicatorAsync(Indicator indicator, string editedBy, CancellationToken cancellationToken = default);

    /// <summary>Adds or changes a board priority and records who changed what.</summary>
    Task SavePriorityAsync(BoardPriority priority, string editedBy, CancellationToken cancellationToken = default);

    /// <summary>The history of catalogue edits, newest first; for one indicator or priority when an id is given.</summary>
    Task<IReadOnlyList<CatalogueEdit>> GetCatalogueEditsAsync(string? entityId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps a received file and its submission record together (one transaction) and returns the record with its id
    /// and receipt time.
    /// </summary>
    Task<Submission> AddSubmissionAsync(Submission submission, byte[] content, CancellationToken cancellationToken = default);

    Task<Submission?> FindSubmissionAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The file exactly as received.</summary>
    /// <exception cref="KeyNotFoundException">No submission has this id.</exception>
    Task<byte[]> GetSubmissionContentAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Submissions matching the filter, newest first.</summary>
    Task<IReadOnlyList<Submission>> GetSubmissionsAsync(SubmissionFilter filter, CancellationToken cancellationToken = default);

    /// <summary>The agency's most recent Loaded submission for the quarter, or null.</summary>
    Task<Submission?> FindLatestLoadedSubmissionAsync(string agencyId, string periodKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// The submission each load came from, in one read: load id → submission id. Loads that no submission produced
    /// (published comparators, the demo) are absent.
    /// </summary>
    Task<IReadOnlyDictionary<string, long>> FindSubmissionIdsByLoadAsync(IReadOnlyCollection<string> loadIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks a submission Processing (Retrying stays Retrying: its last error still stands) and counts the attempt;
    /// returns the updated record.
    /// </summary>
    Task<Submission> StartProcessingSubmissionAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a failed attempt: its number (which the attempts count then is) and its error in words. The submission
    /// is Retrying, or Failed, and processed, when the attempt was the last.
    /// </summary>
    Task RecordSubmissionFailureAsync(long id, int attempt, string failureMessage, bool final, CancellationToken cancellationToken = default);

    /// <summary>Writes what processing made of a submission and replaces its problems, in one transaction.</summary>
    Task CompleteSubmissionAsync(SubmissionOutcome outcome, CancellationToken cancellationToken = default);

    /// <summary>The problems kept for a submission, by row then column.</summary>
    Task<IReadOnlyList<SubmissionProblem>> GetSubmissionProblemsAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces the agency's score for the quarter.</summary>
    Task SaveDataQualityAsync(DataQualityScore score, CancellationToken cancellationToken = default);

    /// <summary>Scores for an agency and/or quarter (null means all), by quarter (newest first) then agency.</summary>
    Task<IReadOnlyList<DataQualityScore>> GetDataQualityAsync(string? agencyId = null, string? periodKey = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<RecurringSchedule>> GetSchedulesAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces a schedule by id.</summary>
    Task SaveScheduleAsync(RecurringSchedule schedule, CancellationToken cancellationToken = default);

    /// <summary>Removes a schedule; false when there was none with this id.</summary>
    Task<bool> DeleteScheduleAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Brings the register for one area in line with an evaluation of it: each finding raised (new), kept open or
    /// reopened, with its latest evidence; each open exception the evaluation no longer raises, cleared. In one
    /// transaction, so a reader never sees half an evaluation.
    /// </summary>
    Task<ExceptionReconciliation> ReconcileExceptionsAsync(
        string areaCode, IReadOnlyList<ExceptionFinding> findings, DateTime evaluatedAt, CancellationToken cancellationToken = default);

    /// <summary>Exceptions matching the filter: open before cleared, then by severity, latest seen first.</summary>
    Task<IReadOnlyList<ExceptionFlag>> GetExceptionsAsync(ExceptionFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the register, sorted and filtered in the engine, with how many exceptions the filter matches.
    /// </summary>
    /// <exception cref="ArgumentException">The sort is not one of <see cref="ExceptionRegisterSorts.All"/>.</exception>
    Task<ExceptionPage> GetExceptionPageAsync(ExceptionRegisterQuery query, CancellationToken cancellationToken = default);

    /// <summary>One exception by id, or null.</summary>
    Task<ExceptionFlag?> FindExceptionAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Answers a trivial query with the engine's version; throws when unreachable.</summary>
    Task<string> PingAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds agencies' notes as new versions, in one transaction: a note's version follows the latest for its indicator,
    /// area, period and agency; a note the same as that latest adds nothing. Returns the versions added.
    /// </summary>
    Task<IReadOnlyList<AgencyCommentary>> AddCommentaryAsync(IReadOnlyList<AgencyCommentary> notes, CancellationToken cancellationToken = default);

    /// <summary>Commentary matching the filter (the latest version of each note unless all are asked for), by period then agency.</summary>
    Task<IReadOnlyList<AgencyCommentary>> GetCommentaryAsync(CommentaryFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes a QA step on an exception (assign, respond, close, escalate, reopen) and adds it to the exception's
    /// history, in one transaction that decides against the exception as it stands then: a step the rules refuse, or
    /// one taken on a view someone else has since changed, is refused with the reason and leaves nothing behind.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No exception has this id.</exception>
    Task<ExceptionStepResult> TakeExceptionStepAsync(long exceptionId, ExceptionStep exceptionStep, CancellationToken cancellationToken = default);

    /// <summary>The steps taken on an exception, first to last; empty when none has been.</summary>
    Task<IReadOnlyList<ExceptionStepTaken>> GetExceptionStepsAsync(long exceptionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends one event to the audit trail and returns it with its id and time. The trail is append-only: there is
    /// no way here to change or remove an event, and the engine refuses an UPDATE or DELETE issued directly.
    /// </summary>
    /// <exception cref="ArgumentException">The action is not in <see cref="AuditActions.All"/>, or a text is empty or holds a NUL.</exception>
    Task<AuditEvent> AppendAuditAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);

    /// <summary>Audit events matching the filter, newest first.</summary>
    Task<IReadOnlyList<AuditEvent>> GetAuditAsync(AuditFilter filter, CancellationToken cancellationToken = default);

    // Accounts and personal access tokens (hashes only).

    /// <summary>Adds an account; its user name is kept in lower case and must be unused.</summary>
    Task<Account> AddAccountAsync(Account account, CancellationToken cancellationToken = default);

    /// <summary>The account with this user name, whatever its case, or null.</summary>
    Task<Account?> FindAccountAsync(string userName, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Account>> GetAccountsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a sign-in: a success clears the count of wrong passwords and any lock; a failure counts, and the one that
    /// reaches <see cref="SignInLockout.LockAfter"/> locks the account for <see cref="SignInLockout.LockFor"/>. The account after.
    /// </summary>
    Task<Account> RecordSignInAsync(long accountId, bool succeeded, SignInLockout lockout, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets a new password hash, clearing any lock and giving the account a new security stamp;
    /// <paramref name="mustChange"/> when someone else chose it.
    /// </summary>
    Task SetPasswordAsync(long accountId, string passwordHash, bool mustChange, CancellationToken cancellationToken = default);

    Task<AccessToken> AddAccessTokenAsync(AccessToken token, CancellationToken cancellationToken = default);

    /// <summary>The token with this hash and its owner, or null; revoked and expired tokens are found too.</summary>
    Task<(AccessToken Token, Account Owner)?> FindAccessTokenAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>An account's tokens, newest first.</summary>
    Task<IReadOnlyList<AccessToken>> GetAccessTokensAsync(long accountId, CancellationToken cancellationToken = default);

    /// <summary>Revokes one of the account's own tokens; false when it is not theirs or already revoked.</summary>
    Task<bool> RevokeAccessTokenAsync(long accountId, long tokenId, CancellationToken cancellationToken = default);

    Task MarkAccessTokenUsedAsync(long tokenId, DateTime at, CancellationToken cancellationToken = default);
}

/// <summary>One change to the catalogue: the entity as it was (null when added) and as it became, as JSON.</summary>
public sealed record CatalogueEdit(long Id, string Entity, string EntityId, string EditedBy, DateTime EditedAt, string? BeforeJson, string AfterJson);
