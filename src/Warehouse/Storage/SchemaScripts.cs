using System.Reflection;

namespace Safeguarding.Analytics.Warehouse.Storage;

/// <summary>The embedded DDL of one engine, one statement per file, in file-name order.</summary>
internal static class SchemaScripts
{
    public static IReadOnlyList<string> For(string engineFolder)
    {
        var assembly = typeof(SchemaScripts).Assembly;
        var prefix = $"{typeof(SchemaScripts).Namespace}.{engineFolder}.Schema.";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Read(assembly, name))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded schema script {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
