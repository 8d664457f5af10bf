namespace Safeguarding.Analytics.Ingest.Extracts;

/// <summary>Bound from the <c>Extracts</c> section: where extract files are kept.</summary>
public sealed class ExtractOptions
{
    public const string Section = "Extracts";

    /// <summary>
    /// The folder extract files are written to, beside the other data; relative paths are under the content root. A
    /// file is written under a temporary name and renamed only once complete.
    /// </summary>
    public string Folder { get; set; } = "data-local/extracts";
}
