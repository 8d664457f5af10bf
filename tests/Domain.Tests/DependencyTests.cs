using System.Reflection;
using Safeguarding.Analytics.Domain.Observations;
using Safeguarding.Analytics.Forecasting.Spc;

namespace Safeguarding.Analytics.Domain.Tests;

/// <summary>The domain is not storage: neither it nor the statistics built on it reach a storage engine.</summary>
public class DependencyTests
{
    private static readonly string[] StoragePackages = ["DuckDB", "ClickHouse", "Npgsql", "Microsoft.Data.Sqlite", "SQLitePCL", "Dapper", "Safeguarding.Analytics.Warehouse"];

    [Fact]
    public void The_domain_depends_on_no_storage_engine() =>
        Assert.Empty(StorageIn(Closure(typeof(Observation).Assembly)));

    [Fact]
    public void The_statistics_depend_on_the_domain_alone() =>
        Assert.Empty(StorageIn(Closure(typeof(XmrChart).Assembly)));

    [Fact]
    public void The_statistics_reference_the_domain() =>
        Assert.Contains("Safeguarding.Analytics.Domain", Closure(typeof(XmrChart).Assembly));

    private static IEnumerable<string> StorageIn(HashSet<string> closure) =>
        closure.Where(name => StoragePackages.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Every assembly the given one references, and theirs, by name (the framework's own are not followed).</summary>
    private static HashSet<string> Closure(Assembly root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var next = new Queue<AssemblyName>(root.GetReferencedAssemblies());
        while (next.TryDequeue(out var name))
        {
            if (!seen.Add(name.Name!) || name.Name!.StartsWith("System", StringComparison.Ordinal) || name.Name.StartsWith("Microsoft.Extensions", StringComparison.Ordinal)
                || name.Name is "mscorlib" or "netstandard")
            {
                continue;
            }

            try
            {
                foreach (var reference in Assembly.Load(name).GetReferencedAssemblies())
                {
                    next.Enqueue(reference);
                }
            }
            catch (FileNotFoundException)
            {
                // Not shipped beside the tests: it cannot be in the closure the build resolved.
            }
        }

        return seen;
    }
}
