using Safeguarding.Analytics.Dashboard.Exceptions;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.BoardPacks;

namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// A frozen pack as one reader may read it: its version, its content and that content as JSON. <see cref="Whole"/> is
/// false when it is an agency lead's copy, with other agencies' escalations left out.
/// </summary>
public sealed record BoardPackForReader(BoardPackVersion Version, BoardPackContent Content, string ContentJson, bool Whole);

/// <summary>
/// The frozen packs for one reader: the board packs page, <c>/api/board-packs</c>, the content API and the HTML and
/// PDF documents.
/// <para>
/// A frozen pack is the board's record and never changes: the stored content, its hash and the regenerate check are
/// the board's, and the figures in it were already judged for every reader but the analyst when it was frozen. What
/// differs by reader is agency scoping: an escalation carries the QA sub-group's notes on another agency's business, so
/// an agency lead is given a copy rendered from the stored content with every escalation left out that they could not
/// open in the register (one neither about their agency nor assigned to it, judged by the exception as it stands now,
/// by <see cref="ExceptionRegister.MaySee"/>), and told so. Every other reader gets the pack as frozen.
/// </para>
/// </summary>
public sealed class BoardPackReads(IAppStore store)
{
    /// <summary>What an agency lead's copy says about what was left out.</summary>
    public const string AgencyCopyWords = "This copy is for an agency lead: exceptions escalated about other agencies' business are left out.";

    /// <summary>Every frozen version, newest quarter first.</summary>
    public Task<IReadOnlyList<BoardPackVersion>> ListAsync(Reader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return store.GetBoardPacksAsync(cancellationToken: cancellationToken);
    }

    /// <summary>One frozen version as the reader may read it, or null when there is none.</summary>
    public async Task<BoardPackForReader?> FindAsync(Reader reader, string quarterKey, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (await store.FindBoardPackAsync(quarterKey, version, cancellationToken) is not { } pack)
        {
            return null;
        }

        var content = BoardPackJson.Read(pack.ContentJson);
        if (!reader.IsAgencyLead)
        {
            return new BoardPackForReader(pack.Version, content, pack.ContentJson, Whole: true);
        }

        var theirs = new List<PackEscalation>();
        foreach (var escalation in content.Escalations)
        {
            if (await store.FindExceptionAsync(escalation.Id, cancellationToken) is { } flag && ExceptionRegister.MaySee(reader, flag))
            {
                theirs.Add(escalation);
            }
        }

        var copy = content with { Escalations = theirs };
        return new BoardPackForReader(pack.Version, copy, BoardPackJson.Write(copy), Whole: false);
    }
}
