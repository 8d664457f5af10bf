using System.Globalization;
using System.Text;
using Hangfire;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Warehouse.Extracts;

namespace Safeguarding.Analytics.Ingest.Extracts;

/// <summary>
/// What analysts do with extracts, from the page or the API alike: define one, change it, delete it, run it now.
/// Each is audited with who did it, and each keeps the extract's schedule in the app store and Hangfire in step.
/// </summary>
public sealed class ExtractLibrary(IAppStore appStore, ExtractScheduler scheduler, IBackgroundJobClient jobs, AuditTrail audit)
{
    /// <summary>Defines a new extract under an id made from its title; the problems instead when the draft is wrong.</summary>
    public async Task<ExtractChange> DefineAsync(ExtractDraft draft, string by, string? clientAddress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var slug = Slug(draft.Title);
        var (definition, problems) = await CheckAsync(slug, draft, cancellationToken).ConfigureAwait(false);
        if (definition is null)
        {
            return new ExtractChange(null, problems);
        }

        // An id is never reused, even one whose extract was deleted, so its runs keep their one subject.
        for (var attempt = 1; ; attempt++)
        {
            var candidate = definition with { Id = attempt == 1 ? slug : string.Create(CultureInfo.InvariantCulture, $"{slug}-{attempt}") };
            if (await appStore.AddExtractIfNeverStoredAsync(candidate, by, cancellationToken).ConfigureAwait(false))
            {
                var stored = (await appStore.FindExtractAsync(candidate.Id, cancellationToken).ConfigureAwait(false))!;
                await audit.RecordAsync(by, AuditActions.ExtractDefined, AuditSubjects.Extract, stored.Id, $"Defined: {Summary(stored)}", clientAddress, cancellationToken).ConfigureAwait(false);
                await scheduler.ApplyAsync(stored, cancellationToken).ConfigureAwait(false);
                return new ExtractChange(stored, []);
            }
        }
    }

    /// <summary>Changes an extract; null when there is none with this id.</summary>
    public async Task<ExtractChange?> ChangeAsync(string id, ExtractDraft draft, string by, string? clientAddress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (await appStore.FindExtractAsync(id, cancellationToken).ConfigureAwait(false) is not { } before)
        {
            return null;
        }

        var (definition, problems) = await CheckAsync(id, draft, cancellationToken).ConfigureAwait(false);
        if (definition is null)
        {
            return new ExtractChange(null, problems);
        }

        var stored = await appStore.SaveExtractAsync(definition with { DeepDiveId = before.DeepDiveId }, by, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(by, AuditActions.ExtractDefined, AuditSubjects.Extract, id, $"Changed from {Summary(before)} to {Summary(stored)}", clientAddress, cancellationToken).ConfigureAwait(false);
        await scheduler.ApplyAsync(stored, cancellationToken).ConfigureAwait(false);
        return new ExtractChange(stored, []);
    }

    /// <summary>Deletes an extract and its schedule (its runs and files are kept); false when there was none.</summary>
    public async Task<bool> DeleteAsync(string id, string by, string? clientAddress, CancellationToken cancellationToken = default)
    {
        if (await appStore.FindExtractAsync(id, cancellationToken).ConfigureAwait(false) is not { } before
            || !await appStore.DeleteExtractAsync(id, by, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await scheduler.RemoveAsync(id, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(by, AuditActions.ExtractDeleted, AuditSubjects.Extract, id, $"Deleted: {Summary(before)}", clientAddress, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Adds a queued run and hands it to the job server; null when there is no such extract.</summary>
    public async Task<ExtractRun?> RunNowAsync(string id, string by, string? clientAddress, CancellationToken cancellationToken = default)
    {
        if (await appStore.FindExtractAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        var run = await appStore.AddExtractRunAsync(new ExtractRun { ExtractId = id, Trigger = ExtractRunTriggers.Manual, RequestedBy = by }, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(by, AuditActions.ExtractRunRequested, AuditSubjects.Extract, id, $"Run {run.Id} asked for", clientAddress, cancellationToken).ConfigureAwait(false);
        jobs.Enqueue<DeepDiveExtractJob>(job => job.RunAsync(run.Id, CancellationToken.None));
        return run;
    }

    /// <summary>What the audit trail says an extract is.</summary>
    public static string Summary(ExtractDefinition extract)
    {
        ArgumentNullException.ThrowIfNull(extract);
        var figures = extract.IndicatorIds.Count > 0 ? $"indicators {string.Join(", ", extract.IndicatorIds)}" : $"priorities {string.Join(", ", extract.PriorityIds)}";
        var periods = extract.Periods.LastQuarters is { } n ? $"last {n} quarters" : $"{extract.Periods.From} to {extract.Periods.To}";
        return $"'{extract.Title}' ({extract.Theme}; {figures}; areas {string.Join(", ", extract.AreaRoles)}; {periods}; {extract.Format}; {Scheduling.ExtractScheduleRules.Describe(extract.Schedule)})";
    }

    private async Task<(ExtractDefinition? Definition, IReadOnlyList<string> Problems)> CheckAsync(string id, ExtractDraft draft, CancellationToken cancellationToken)
    {
        var indicators = await appStore.GetIndicatorsAsync(cancellationToken).ConfigureAwait(false);
        var priorities = await appStore.GetPrioritiesAsync(cancellationToken).ConfigureAwait(false);
        return ExtractDraftCheck.Check(id, draft, indicators, priorities);
    }

    /// <summary>Lower-case letters, digits and single hyphens from the title, at most 48 characters.</summary>
    public static string Slug(string? title)
    {
        var slug = new StringBuilder();
        foreach (var c in (title ?? string.Empty).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString(0, Math.Min(slug.Length, 48)).Trim('-');
        return text.Length > 0 ? text : "extract";
    }
}
