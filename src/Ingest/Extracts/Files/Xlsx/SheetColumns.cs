using System.Globalization;

namespace Safeguarding.Analytics.Ingest.Extracts.Files.Xlsx;

/// <summary>Column letters of a worksheet (A, B, ... Z, AA, ... XFD) and cell references.</summary>
internal static class SheetColumns
{
    /// <summary>The widest sheet Excel opens.</summary>
    public const int Max = 16_384;

    public static string Letters(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Max);
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    public static string Reference(string letters, int row) => letters + row.ToString(CultureInfo.InvariantCulture);
}
