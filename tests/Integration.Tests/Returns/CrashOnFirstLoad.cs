using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Warehouse.Storage;

namespace Safeguarding.Analytics.Integration.Tests.Returns;

/// <summary>
/// The real ClickHouse store, except that the first load crashes the server as its first row is written — a power
/// cut at the worst moment, at a point the test can count on. Everything else passes straight through.
/// </summary>
internal sealed class CrashOnFirstLoad(IAnalyticStore inner, OwnClickHouseServer server) : WarehouseDecorator(inner)
{
    private int _loads;

    public override Task<LoadRecord> AppendAsync(ObservationLoad load, CancellationToken cancellationToken = default) =>
        Interlocked.Increment(ref _loads) == 1
            ? Inner.AppendAsync(load with { Observations = CrashFirst(load.Observations) }, cancellationToken)
            : Inner.AppendAsync(load, cancellationToken);

    private IEnumerable<Observation> CrashFirst(IEnumerable<Observation> rows)
    {
        var first = true;
        foreach (var row in rows)
        {
            if (first)
            {
                server.Crash();
                first = false;
            }

            yield return row;
        }
    }
}
