namespace Safeguarding.Analytics.Dashboard;

internal static class ConfigurationPaths
{
    /// <summary>
    /// Makes relative file settings relative to the content root rather than to wherever the process was started,
    /// so <c>dotnet run</c> from the repository root and from the project folder use the same data.
    /// </summary>
    public static void AnchorRelativePaths(this ConfigurationManager configuration, string contentRoot, params string[] keys)
    {
        var anchored = keys
            .Where(key => configuration[key] is { Length: > 0 } path && !Path.IsPathRooted(path))
            .ToDictionary(key => key, key => (string?)Path.GetFullPath(Path.Combine(contentRoot, configuration[key]!)));
        configuration.AddInMemoryCollection(anchored);
    }
}
