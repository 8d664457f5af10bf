using System.Globalization;
using Safeguarding.Analytics.Dashboard.Security;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Audit;
using Safeguarding.Analytics.Warehouse.BoardPacks;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// Freezes a quarter's pack as the stores stand now, as the quarter's next version, and checks a frozen version by
/// rebuilding it as at its stored moment; the page and the API both come here, so both refuse the same things in the
/// same words and every freeze is in the audit trail.
/// </summary>
internal sealed class BoardPackFreezer(BoardPackBuilder builder, IAppStore store, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Freezes the pack, or says in words why it cannot be.</summary>
    public async Task<(BoardPackVersion? Frozen, string? Refusal)> FreezeAsync(
        BoardPerson person, string? quarterKey, string? presentedOn, string? clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!Period.TryParse(quarterKey?.Trim(), out var quarter) && !QuarterSlug.TryParse(quarterKey?.Trim(), out quarter))
        {
            return (null, $"'{quarterKey}' is not a quarter: write it as 2024-25 Q1.");
        }

        if (quarter.Kind != PeriodKind.FinancialQuarter)
        {
            return (null, $"'{quarter.Key}' is not a quarter: a board pack is for one quarter, written as 2024-25 Q1.");
        }

        if (!DateOnly.TryParseExact(presentedOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, $"'{presentedOn}' is not the date of the board meeting: write it as 2025-09-16.");
        }

        if (date < quarter.Start)
        {
            return (null, $"A pack for {quarter.Key} cannot be presented on {BoardPackHtml.Date(date)}, before the quarter began on {BoardPackHtml.Date(quarter.Start)}.");
        }

        // Cut to the millisecond, as the store keeps it, so a rebuild reads as at exactly the moment stored.
        var now = clock.GetUtcNow().UtcDateTime;
        var moment = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        var content = await builder.BuildAsync(quarter, date, moment, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return (null, $"There are no figures for {quarter.Key} yet, so there is nothing to put to the board.");
        }

        var frozen = await store.AddBoardPackAsync(
            new BoardPackVersion { Quarter = quarter.Key, PresentedOn = date, DataAsOf = moment, FrozenBy = person.UserName },
            BoardPackJson.Write(content),
            cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(
            person.UserName, AuditActions.BoardPackFrozen, AuditSubjects.BoardPack, Subject(frozen),
            $"Version {frozen.Version} for the board on {BoardPackHtml.Date(date)}, data as at {BoardPackHtml.Moment(moment)}, SHA-256 {frozen.ContentSha256}",
            clientAddress, cancellationToken).ConfigureAwait(false);
        return (frozen, null);
    }

    /// <summary>
    /// Rebuilds a frozen version as at its stored moment and compares it with what was stored; nothing stored changes.
    /// Null when there is no such version.
    /// </summary>
    public async Task<BoardPackCheck?> RegenerateAsync(string quarterKey, int version, CancellationToken cancellationToken)
    {
        if (await store.FindBoardPackAsync(quarterKey, version, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return null;
        }

        var v = stored.Version;
        var rebuilt = await builder.BuildAsync(Period.Parse(v.Quarter), v.PresentedOn, v.DataAsOf, cancellationToken).ConfigureAwait(false);
        var json = rebuilt is null ? string.Empty : BoardPackJson.Write(rebuilt);
        var hash = BoardPackHash.Of(json);
        return new BoardPackCheck(v.Quarter, v.Version, v.DataAsOf, hash == v.ContentSha256, v.ContentSha256, hash);
    }

    /// <summary>Records that someone took a copy of a frozen pack (its page, PDF or content).</summary>
    public Task RecordDownloadAsync(BoardPerson person, BoardPackVersion pack, string form, string? clientAddress, CancellationToken cancellationToken) =>
        audit.RecordAsync(person.UserName, AuditActions.BoardPackDownloaded, AuditSubjects.BoardPack, Subject(pack), form, clientAddress, cancellationToken);

    private static string Subject(BoardPackVersion pack) => $"{pack.Quarter} v{pack.Version.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>What rebuilding a frozen pack as at its moment found: whether the content is identical, with both hashes.</summary>
public sealed record BoardPackCheck(string Quarter, int Version, DateTime DataAsOf, bool Identical, string StoredSha256, string RegeneratedSha256);
