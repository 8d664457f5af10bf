using System.Text;

namespace Safeguarding.Analytics.Tests.Support;

/// <summary>
/// Text an attacker would type into any field: markup, SQL, a spreadsheet formula, a template expression, a path, a
/// NUL, a very long string and a right-to-left override. Each must come back as the same literal text, never run.
/// </summary>
public static class HostileText
{
    public const string Script = "<script>alert(1)</script>";
    public const string ImageOnError = "\"><img src=x onerror=alert(1)>";
    public const string DropTable = "'; DROP TABLE submissions; --";
    public const string Formula = "=HYPERLINK(\"http://x\")";
    public const string Template = "{{7*7}}";
    public const string Path = "../../etc/passwd";
    public const string Nul = "before\0after";
    public const string RightToLeftOverride = "report\u202Etxt.exe";

    /// <summary>Long, but within the 4,000 characters a return's cell may hold.</summary>
    public static string VeryLong { get; } = new StringBuilder().Insert(0, "<b>long</b> & ", 280).ToString().TrimEnd();

    public static IReadOnlyList<string> All { get; } = [Script, ImageOnError, DropTable, Formula, Template, Path, Nul, VeryLong, RightToLeftOverride];

    /// <summary>Those a return's note may carry: a return refuses a formula-like cell and a NUL with a clear error.</summary>
    public static IReadOnlyList<string> NoteText { get; } = [.. All.Where(t => t != Formula && t != Nul)];

    /// <summary>A CSV field holding the text, quoted.</summary>
    public static string CsvField(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
