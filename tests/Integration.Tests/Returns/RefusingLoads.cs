using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Integration.Tests.Returns;

/// <summary>
/// The real warehouse, except that it refuses every load of one kind (its key's prefix: <c>submission:</c> for a
/// return, <c>comparator:</c> for a published file) once it has read its rows, as a store that has run out of space
/// would, quoting a figure in its error. Every other load, and every read, pass straight through.
/// </summary>
internal sealed class RefusingLoads(IAnalyticStore inner, string keyPrefix) : WarehouseDecorator(inner)
{
    public const string Refusal = "The warehouse refused the load: no space left on the device";

    public override Task<LoadRecord> AppendAsync(ObservationLoad load, CancellationToken cancellationToken = default)
    {
        if (!load.SubmissionKey.StartsWith(keyPrefix, StringComparison.Ordinal))
        {
            return Inner.AppendAsync(load, cancellationToken);
        }

        var rows = load.Observations.ToList();
        throw new IOException($"{Refusal} after {rows.Count} rows, the last {rows.Max(o => o.Value)}");
    }
}
