namespace Safeguarding.Analytics.Ingest.Extracts.Files;

/// <summary>The file an extract run writes.</summary>
public enum ExtractFormat
{
    /// <summary>One CSV (UTF-8, RFC 4180) of the figures, one row per indicator, area and period.</summary>
    Csv,

    /// <summary>An Excel workbook: the figures, a sheet about the extract, and a charts-ready layout.</summary>
    Xlsx,
}
