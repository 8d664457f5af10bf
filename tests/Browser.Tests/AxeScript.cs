namespace Safeguarding.Analytics.Browser.Tests;

/// <summary>axe-core's browser script, installed by npm into this project's node_modules (package.json).</summary>
internal static class AxeScript
{
    private static readonly string[] FromRoot = ["tests", "Browser.Tests", "node_modules", "axe-core", "axe.min.js"];

    /// <summary>The script's path, found from the repository root above the test's folder.</summary>
    public static string Path
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(folder.FullName, "Safeguarding.Analytics.sln")))
                {
                    var script = System.IO.Path.Combine([folder.FullName, .. FromRoot]);
                    return File.Exists(script)
                        ? script
                        : throw new FileNotFoundException($"axe-core is not installed ({script} is missing): run npm ci in tests/Browser.Tests, or ./test.sh, which does.");
                }
            }

            throw new DirectoryNotFoundException("The repository root (Safeguarding.Analytics.sln) was not found above the test's folder.");
        }
    }
}
