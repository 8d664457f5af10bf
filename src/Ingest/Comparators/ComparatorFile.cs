using Safeguarding.Analytics.Warehouse.Observations;

namespace Safeguarding.Analytics.Ingest.Comparators;

/// <summary>A published comparator file, read: where it comes from, what it is, and its observations.</summary>
public sealed record ComparatorFile(string Source, string Description, IReadOnlyList<Observation> Observations);
