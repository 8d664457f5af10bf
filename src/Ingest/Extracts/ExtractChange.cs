using Safeguarding.Analytics.Warehouse.Extracts;

namespace Safeguarding.Analytics.Ingest.Extracts;

/// <summary>The extract as stored after a change, or the problems that stopped it.</summary>
public sealed record ExtractChange(ExtractDefinition? Extract, IReadOnlyList<string> Problems);
