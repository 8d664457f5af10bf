namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>How packs are printed to PDF (section <c>BoardPacks</c>).</summary>
public sealed class BoardPackOptions
{
    public const string Section = "BoardPacks";

    /// <summary>Chromium or Chrome to print with; when unset, the usual install paths are searched.</summary>
    public string? ChromiumPath { get; set; }

    /// <summary>How long one print may take before it is abandoned.</summary>
    public int PrintTimeoutSeconds { get; set; } = 60;

    /// <summary>How many Chromium processes may print at once; each print beyond waits its turn.</summary>
    public int PrintsAtOnce { get; set; } = 2;

    /// <summary>How many prints may wait for a turn; a request beyond is answered 429 with <c>Retry-After</c>.</summary>
    public int PrintsWaiting { get; set; } = 8;

    /// <summary>How many PDFs one signed-in person may ask for in a minute (kept ones included): the rate limiter's share.</summary>
    public int PdfsPerMinute { get; set; } = 20;
}
