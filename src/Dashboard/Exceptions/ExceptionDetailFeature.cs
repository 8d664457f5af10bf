using Safeguarding.Analytics.Domain.Exceptions.Workflow;
using Safeguarding.Analytics.Domain.Readers;
using Safeguarding.Analytics.Warehouse.AppStore;

namespace Safeguarding.Analytics.Dashboard.Exceptions;

/// <summary>One exception as a reader may see it, with its challenge and response so far.</summary>
public sealed record ExceptionDetailModel(ExceptionForReader Exception, IReadOnlyList<ExceptionStepTaken> Steps);

/// <summary>
/// One exception with its evidence and history, for one reader: the exception's page and <c>GET /api/exceptions/{id}</c>.
/// Null when there is no such exception or the reader may not see it (another agency's is not there for an agency
/// lead); the evidence is shown or withheld as the register shows it.
/// </summary>
public sealed class ExceptionDetail(IAppStore store, ExceptionRegister register)
{
    public async Task<ExceptionDetailModel?> FindAsync(Reader reader, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (await store.FindExceptionAsync(id, cancellationToken) is not { } flag || !ExceptionRegister.MaySee(reader, flag))
        {
            return null;
        }

        var shown = (await register.ShowAsync(reader, [flag], cancellationToken))[0];
        var steps = await store.GetExceptionStepsAsync(id, cancellationToken);
        return new ExceptionDetailModel(shown, steps);
    }
}
