namespace Safeguarding.Analytics.Warehouse.ReferenceData;

/// <summary>
/// The <c>data</c> folder: <c>reference/</c> (the project's own catalogue and areas) and <c>comparators/</c> (published
/// files, unedited). The build copies it beside every app and test that references the Warehouse.
/// </summary>
public sealed class ReferenceDataFolder
{
    public ReferenceDataFolder(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        if (!Directory.Exists(Root))
        {
            throw new DirectoryNotFoundException(
                $"The reference data folder {Root} does not exist; set {ReferenceDataOptions.SectionName}:Path to the 'data' folder.");
        }
    }

    public string Root { get; }

    /// <summary>The configured path when there is one, otherwise <c>data</c> beside the running app.</summary>
    public static ReferenceDataFolder Locate(ReferenceDataOptions? options = null) =>
        new(string.IsNullOrWhiteSpace(options?.Path) ? Path.Combine(AppContext.BaseDirectory, "data") : options.Path);

    public string ReferenceFile(string fileName) => Path.Combine(Root, "reference", fileName);

    public string ComparatorFile(string fileName) => Path.Combine(Root, "comparators", fileName);
}
