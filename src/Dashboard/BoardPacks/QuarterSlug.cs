using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Safeguarding.Analytics.Domain.Periods;

namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// A quarter as it appears in a pack's address: <c>2024-25-Q1</c> for the quarter <c>2024-25 Q1</c>, since a key's
/// space does not belong in a URL. Read strictly: any other spelling is not a quarter.
/// </summary>
public static partial class QuarterSlug
{
    public static string Of(Period quarter)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        if (quarter.Kind != PeriodKind.FinancialQuarter)
        {
            throw new ArgumentException($"{quarter.Key} is not a quarter.", nameof(quarter));
        }

        return quarter.Key.Replace(' ', '-');
    }

    /// <summary>The quarter <c>2024-25-Q1</c> names; false for anything else, whatever the case or spacing.</summary>
    public static bool TryParse(string? slug, [NotNullWhen(true)] out Period? quarter)
    {
        quarter = null;
        if (slug is null || Pattern().Match(slug) is not { Success: true } match)
        {
            return false;
        }

        var start = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var end = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (end != (start + 1) % 100)
        {
            return false;
        }

        quarter = Period.FinancialQuarter(start, int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
        return true;
    }

    [GeneratedRegex(@"^(20[0-9]{2})-([0-9]{2})-Q([1-4])\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}
