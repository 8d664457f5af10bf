namespace Safeguarding.Analytics.Warehouse.ReferenceData;

/// <summary>Where the <c>data</c> folder is (section <c>ReferenceData</c>); by default the copy beside the app.</summary>
public sealed class ReferenceDataOptions
{
    public const string SectionName = "ReferenceData";

    public string? Path { get; set; }
}
