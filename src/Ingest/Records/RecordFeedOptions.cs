using Safeguarding.Analytics.Ingest.Jobs;

namespace Safeguarding.Analytics.Ingest.Records;

/// <summary>Bound from the <c>Ingest</c> section: how large a record feed file the inbox takes.</summary>
public sealed class RecordFeedOptions
{
    public const string Section = IngestOptions.Section;

    /// <summary>
    /// The largest record feed file accepted (8 GB unless set): far above a return's limit, as a force's incidents
    /// for a year run to gigabytes. Files are read as they stream, so the size costs time, not memory.
    /// </summary>
    public long MaxRecordFileBytes { get; set; } = 8L * 1024 * 1024 * 1024;
}
