namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>How packs are printed to PDF (section <c>BoardPacks</c>).</summary>
public sealed class BoardPackOptions
{
    public const string Section = "BoardPacks";

    /// <summary>Chromium or Chrome to print with; when unset, the usual install paths are searched.</summary>
    public string? ChromiumPath { get; set; }

    /// <summary>How long one print may take before it is abandoned.</summary>
    public int PrintTimeoutSeconds { get; set; } = 60;
}
