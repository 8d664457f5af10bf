using System.Globalization;
using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Domain.Disclosure;

namespace Safeguarding.Analytics.Ingest.Extracts.Files.Xlsx;

/// <summary>
/// The "About" sheet: what the extract is (title, theme, periods, run, who asked and when), the disclosure rule in
/// words with how many figures it withheld, and the indicators (definitions, units, polarity) and areas (with their
/// roles) it covers.
/// </summary>
internal static class AboutSheet
{
    public static readonly IReadOnlyList<double> Widths = [30, 48, 26, 14, 22, 90];

    public static void Write(WorksheetWriter sheet, ExtractHeader header, ExtractFileSummary summary, IReadOnlyList<string> dataSheets)
    {
        sheet.HeadingRow(["Item", "Value"]);
        Item(sheet, "Title", header.Title);
        Item(sheet, "Theme", header.Theme);
        Item(sheet, "Periods", $"{header.From.Key} to {header.To.Key}");
        Item(sheet, "Run", header.RunId);
        Item(sheet, "Requested by", header.RequestedBy);
        Item(sheet, "Generated (UTC)", header.GeneratedAtUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        Item(sheet, "Rows", summary.Rows);
        Item(sheet, "Figures withheld", summary.SuppressedFigures);
        Item(sheet, "Disclosure control", RuleInWords(DisclosureRule.Standard));
        Item(sheet, "Intervals", IntervalsInWords);
        Item(sheet, "Sheets", $"{string.Join(", ", dataSheets)}: a row per figure. {XlsxExtractWriter.ChartSheet}: a block per indicator, " +
            "periods down and areas across, values only, ready to chart.");
        Blank(sheet);
        sheet.HeadingRow(["Indicator id", "Indicator", "Unit", "Polarity", "Value type", "Definition"]);
        foreach (var indicator in header.Indicators)
        {
            sheet.StartRow();
            sheet.Text(0, indicator.Id);
            sheet.Text(1, indicator.Name);
            sheet.Text(2, indicator.Unit);
            sheet.Text(3, PolarityInWords(indicator.Polarity));
            sheet.Text(4, indicator.ValueType.ToString());
            sheet.Text(5, indicator.Definition);
            sheet.EndRow();
        }

        Blank(sheet);
        sheet.HeadingRow(["Area code", "Area", "Role"]);
        foreach (var area in header.Areas)
        {
            sheet.StartRow();
            sheet.Text(0, area.Area.Code);
            sheet.Text(1, area.Area.Name);
            sheet.Text(2, area.Role);
            sheet.EndRow();
        }
    }

    /// <summary>How lower_ci and upper_ci were got, as a reader of the file needs it.</summary>
    public const string IntervalsInWords =
        "lower_ci and upper_ci are the 95% confidence interval: the publisher's own where it gave one, otherwise worked out " +
        "from the numerator and denominator — Wilson for a percentage, Byar (exact under 10) for a rate. A quarterly rate " +
        "annualised to read against DfE's yearly rate (the quarter's count × 4) has its interval worked out on the " +
        "quarter's own count and multiplied by 4 like the value, so it contains the value.";

    /// <summary>The rule as a reader of the file needs it.</summary>
    public static string RuleInWords(DisclosureRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return $"Counts from 1 to {rule.SmallestShown - 1} are not shown, so that no child can be identified; zero is shown. " +
            "A rate, percentage or average built on such a count is not shown either, nor a percentage whose uncounted " +
            "remainder (denominator less numerator) is such a count. A withheld figure leaves its value, numerator, " +
            "denominator and interval blank, and the disclosure column says why. Figures beside a withheld one are withheld " +
            "too where a total (its region, England, or its year) would otherwise give it back.";
    }

    private static string PolarityInWords(Polarity polarity) => polarity switch
    {
        Polarity.HighIsGood => "higher is better",
        Polarity.LowIsGood => "lower is better",
        _ => "neither direction is better",
    };

    private static void Item(WorksheetWriter sheet, string item, string value)
    {
        sheet.StartRow();
        sheet.Text(0, item, bold: true);
        sheet.Text(1, value);
        sheet.EndRow();
    }

    private static void Item(WorksheetWriter sheet, string item, long value)
    {
        sheet.StartRow();
        sheet.Text(0, item, bold: true);
        sheet.Number(1, value);
        sheet.EndRow();
    }

    private static void Blank(WorksheetWriter sheet)
    {
        sheet.StartRow();
        sheet.EndRow();
    }
}
