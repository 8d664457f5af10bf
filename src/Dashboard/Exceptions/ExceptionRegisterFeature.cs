using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.AppStore;
using Safeguarding.Analytics.Warehouse.Exceptions.Register;

namespace Safeguarding.Analytics.Dashboard.Exceptions;

/// <summary>One page of the register as a reader may see it: the exceptions that match, and how many match in all.</summary>
public sealed record ExceptionRegisterPage(IReadOnlyList<ExceptionForReader> Items, int Total);

/// <summary>
/// The exceptions register, for one reader: used by the register page, <c>GET /api/exceptions</c>,
/// <c>GET /api/exceptions/register</c> and the indicator page's open exceptions. An agency lead is held to the
/// exceptions about their agency or assigned to it, whatever the filter asks; every flag's evidence is shown or
/// withheld by <see cref="ExceptionEvidenceDisclosure"/>.
/// </summary>
public sealed class ExceptionRegister(IAppStore store, ExceptionEvidenceDisclosure disclosure)
{
    /// <summary>Whether the reader may see the exception: anyone but an agency lead, who sees what is about or assigned to their agency.</summary>
    public static bool MaySee(Reader reader, ExceptionFlag flag)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(flag);
        return !reader.IsAgencyLead || (reader.AgencyId is not null && (reader.MaySee(flag.Finding.AgencyId) || reader.MaySee(flag.Qa.AgencyId)));
    }

    /// <summary>One page of the register (the page's grid and <c>/api/exceptions/register</c>).</summary>
    public async Task<ExceptionRegisterPage> PageAsync(Reader reader, ExceptionRegisterQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(query);
        var page = await store.GetExceptionPageAsync(query with { VisibleToAgencyId = reader.HeldToAgency }, cancellationToken);
        return new ExceptionRegisterPage(await ShowAsync(reader, [.. page.Items.Where(f => MaySee(reader, f))], cancellationToken), page.Total);
    }

    /// <summary>The exceptions matching a filter, open before cleared, the most serious first (<c>/api/exceptions</c>).</summary>
    public async Task<IReadOnlyList<ExceptionForReader>> ListAsync(Reader reader, ExceptionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(filter);
        var flags = await store.GetExceptionsAsync(filter with { VisibleToAgencyId = reader.HeldToAgency }, cancellationToken);
        return await ShowAsync(reader, [.. flags.Where(f => MaySee(reader, f))], cancellationToken);
    }

    /// <summary>
    /// The exceptions matching a filter that the reader may see, without their evidence: what a count of open
    /// exceptions (on the overview, in a pack) is made from.
    /// </summary>
    public async Task<IReadOnlyList<ExceptionFlag>> CountedForAsync(Reader reader, ExceptionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(filter);
        var flags = await store.GetExceptionsAsync(filter with { VisibleToAgencyId = reader.HeldToAgency }, cancellationToken);
        return [.. flags.Where(f => MaySee(reader, f))];
    }

    /// <summary>
    /// The open exceptions of one indicator in one area that the reader may see, with their evidence as the reader may
    /// see it: what the indicator page lists.
    /// </summary>
    public Task<IReadOnlyList<ExceptionForReader>> OpenOfIndicatorAsync(Reader reader, string indicatorId, string areaCode, CancellationToken cancellationToken = default) =>
        ListAsync(reader, new ExceptionFilter { IndicatorId = indicatorId, AreaCode = areaCode, Status = ExceptionStatuses.Open }, cancellationToken);

    /// <summary>The board's priorities, for the register's filter.</summary>
    public Task<IReadOnlyList<BoardPriority>> PrioritiesAsync(CancellationToken cancellationToken = default) => store.GetPrioritiesAsync(cancellationToken);

    /// <summary>Each flag as the reader may see it, judged against the catalogue as it stands.</summary>
    internal async Task<IReadOnlyList<ExceptionForReader>> ShowAsync(Reader reader, IReadOnlyList<ExceptionFlag> flags, CancellationToken cancellationToken)
    {
        if (flags.Count == 0)
        {
            return [];
        }

        var indicators = reader.Disclosure is null ? [] : await store.GetIndicatorsAsync(cancellationToken);
        return await disclosure.ShowAsync(reader, flags, indicators, null, cancellationToken);
    }
}
