namespace Safeguarding.Analytics.Dashboard.Overview;

/// <summary>Bound from the <c>Board</c> section.</summary>
public sealed class BoardOptions
{
    public const string Section = "Board";

    /// <summary>The partnership's own area, by ONS or DfE code. Default Herefordshire.</summary>
    public string HomeAreaCode { get; set; } = "E06000019";

    /// <summary>Load the comparator files and the demo returns on first start (embedded mode).</summary>
    public bool LoadDemoData { get; set; } = true;
}
