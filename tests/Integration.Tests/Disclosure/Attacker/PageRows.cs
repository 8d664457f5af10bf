using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Integration.Tests.Disclosure.Attacker;

/// <summary>
/// What a page shows of a planted figure: the table rows (and list items, paragraphs, described figures) that name it — the row itself names its period, area or
/// indicator, and what it does not name the page's address does (its indicator, <c>?area=</c>, else the home area;
/// <c>?period=</c> or <c>?quarter=</c>) where the page's title or headings say it is about that indicator and area —
/// and in such a row the value as shown, or its numerator beside its denominator.
/// </summary>
internal static partial class PageRows
{
    public static IEnumerable<string> Showing(ServiceOutput page, PlantedFigure planted, ReferenceDataSet reference)
    {
        if (!page.IsHtml || page.Status != 200)
        {
            yield break;
        }

        var cell = planted.Cell;
        var areaName = ShortName(reference.Areas.Resolve(cell.Area).Name);
        var indicatorName = reference.Indicator(cell.Indicator).Name;
        // The address names the area only if the page says it is about that area (in its title or headings): a page
        // that ignores ?area= (a board pack is the home area's) does not.
        var headings = string.Join(' ', Heading().Matches(page.Body).Select(m => WebUtility.HtmlDecode(Tag().Replace(m.Value, " "))));
        var urlArea = (Query(page.Url, "area") is { } area ? area == cell.Area : cell.Area == PlantedSmallCountsHost.Home)
            && headings.Contains(areaName, StringComparison.Ordinal);
        var urlIndicator = page.Url.Contains(cell.Indicator, StringComparison.Ordinal) && headings.Contains(indicatorName, StringComparison.Ordinal);
        var urlPeriod = Query(page.Url, "period") == cell.Period || Query(page.Url, "quarter") == cell.Period;
        foreach (Match row in Row().Matches(page.Body))
        {
            var text = WebUtility.HtmlDecode(Tag().Replace(row.Value, " "));
            var rowPeriod = Regex.IsMatch(text, Regex.Escape(cell.Period) + (cell.Period.Contains(" Q", StringComparison.Ordinal) ? string.Empty : "(?! Q)"));
            var rowArea = text.Contains(areaName, StringComparison.Ordinal);
            var rowIndicator = text.Contains(indicatorName, StringComparison.Ordinal) || text.Contains(cell.Indicator, StringComparison.Ordinal);
            if (!(rowPeriod || rowArea || rowIndicator) || !(rowPeriod || urlPeriod) || !(rowArea || urlArea) || !(rowIndicator || urlIndicator))
            {
                continue;
            }

            var numbers = Number().Matches(text).Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            var counts = numbers.Contains(planted.Numerator.ToString(CultureInfo.InvariantCulture)) && numbers.Contains(planted.Denominator.ToString(CultureInfo.InvariantCulture));
            if (numbers.Contains(planted.Shown) || counts)
            {
                yield return Regex.Replace(text, @"\s+", " ").Trim();
            }
        }
    }

    /// <summary>
    /// The sentences of a JSON answer (its strings: exception summaries, plausibility warnings, reasons) that name the
    /// planted figure — its indicator (id or name), its period and, for an area other than the home area, the area —
    /// and give its value as shown or its numerator beside its denominator.
    /// </summary>
    public static IEnumerable<string> SentencesShowing(ServiceOutput output, PlantedFigure planted, ReferenceDataSet reference)
    {
        if (!output.IsJson || output.Status != 200)
        {
            yield break;
        }

        var cell = planted.Cell;
        var indicatorName = reference.Indicator(cell.Indicator).Name;
        var areaName = ShortName(reference.Areas.Resolve(cell.Area).Name);
        foreach (Match literal in JsonString().Matches(output.Body))
        {
            string text;
            try
            {
                text = System.Text.Json.JsonSerializer.Deserialize<string>(literal.Value) ?? string.Empty;
            }
            catch (System.Text.Json.JsonException)
            {
                continue;
            }

            var namesIt = (text.Contains(cell.Indicator, StringComparison.Ordinal) || text.Contains(indicatorName, StringComparison.Ordinal))
                && Regex.IsMatch(text, Regex.Escape(cell.Period) + (cell.Period.Contains(" Q", StringComparison.Ordinal) ? string.Empty : "(?! Q)"))
                && (cell.Area == PlantedSmallCountsHost.Home || text.Contains(cell.Area, StringComparison.Ordinal) || text.Contains(areaName, StringComparison.Ordinal));
            if (!namesIt)
            {
                continue;
            }

            var numbers = Number().Matches(text).Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            if (numbers.Contains(planted.Shown)
                || (numbers.Contains(planted.Numerator.ToString(CultureInfo.InvariantCulture)) && numbers.Contains(planted.Denominator.ToString(CultureInfo.InvariantCulture))))
            {
                yield return text;
            }
        }
    }

    /// <summary>
    /// Whether the text holds the planted value's distinctive digits as the start of a number, other than a number
    /// that is another figure's own value given with the counts it is worked out from (12 of 164 is 7.317… too).
    /// </summary>
    public static bool HoldsDigits(string text, PlantedFigure planted, IReadOnlyCollection<double> explained) =>
        Regex.Matches(text, @"(?<![\d.])" + Regex.Escape(planted.DistinctiveDigits) + @"\d*(?:[eE][-+]?\d+)?")
            .Any(m => !double.TryParse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !explained.Any(e => Math.Abs(e - number) < 1e-9));

    /// <summary>"Herefordshire, County of" is shown as Herefordshire.</summary>
    private static string ShortName(string name) => name.Split(',')[0];

    private static string? Query(string url, string name)
    {
        var match = Regex.Match(url, $"[?&]{name}=([^&]*)");
        return match.Success ? Uri.UnescapeDataString(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex JsonString();

    [GeneratedRegex("<(tr|li|p|dd|figcaption)[\\s>].*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Row();

    [GeneratedRegex("<(title|h1|h2|caption)[\\s>].*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?")]
    private static partial Regex Number();
}
