namespace Safeguarding.Analytics.Warehouse.Tests.Storage;

/// <summary>Strings that break naive escaping, for every path a value takes into and out of an engine.</summary>
public static class HostileStrings
{
    public static readonly IReadOnlyList<string> All =
    [
        "O'Brien's",
        "''",
        @"back\slash\",
        @"\'",
        "nul\0inside",
        "line\nbreak\r\nand\ttab",
        "'; DROP TABLE observations; --",
        "\\N",
        "emoji 👶🏽 family 👨‍👩‍👧",
        "Ynys Môn, Wrexham — Łódź, Gdańsk, żółć",
        "مرحبا بالعالم עברית",
        "bell\a vt\v bs\b ff\f del\x7f",
        "",
        "   padded   ",
    ];

    /// <summary>The hostile strings a load may carry: NUL is refused at load time (see <c>StoredObservation</c>).</summary>
    public static IReadOnlyList<string> Loadable => [.. All.Where(s => !s.Contains('\0', StringComparison.Ordinal))];

    public static TheoryData<string> Theory()
    {
        var data = new TheoryData<string>();
        foreach (var s in All)
        {
            data.Add(s);
        }

        return data;
    }
}
