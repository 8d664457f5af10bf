using System.Globalization;
using Safeguarding.Analytics.Integration.Tests.Disclosure.Attacker;

namespace Safeguarding.Analytics.Integration.Tests.Disclosure;

/// <summary>
/// The attacker's test of the board's promise that no child can be identified from what it is shown. Small counts are
/// planted in the demo through the service's own doors (a quarter, a year, an authority beside the home area); then
/// every GET address in the live route table — pages, API, the frozen board packs, the extract's file — is read as each
/// role but the analyst, and no planted count may be shown there (its value as shown, its digits, its counts, its
/// interval) nor worked out from every count the same reader was shown (the region less its other authorities,
/// England less the other regions, the year less its other quarters): each planted count's feasible range must reach 0
/// or 6 and hold more than one value. The analyst, who sees every figure, is the control: the planted figures are
/// found in what the analyst is shown, and the same sums pin each one when it alone is hidden.
/// </summary>
public class PlantedSmallCountsTests(PlantedSmallCountsHost host) : IClassFixture<PlantedSmallCountsHost>
{
    /// <summary>
    /// A return's file exactly as received, kept for the agency that sent it and for the administrators who answer for
    /// the store (README: "for analysts, administrators and the agency that sent it, not the QA sub-group"): the one
    /// output that is not the service's figures but the sender's own file. Every other output is held to the rule.
    /// </summary>
    private static bool IsTheReturnAsReceived(ServiceOutput output) =>
        output.Route == "/api/submissions/{id:long}/file"
        && (output.Reader.Agency == PlantedSmallCountsHost.PlantedAgency || output.Reader.Role == Domain.Readers.BoardRoles.Admin);

    public static TheoryData<int> EveryReader() => [.. Enumerable.Range(0, PlantedSmallCountsHost.Readers.Count)];

    [Theory]
    [MemberData(nameof(EveryReader))]
    public async Task No_planted_small_count_is_shown_in_any_page_or_response(int readerIndex)
    {
        var reader = PlantedSmallCountsHost.Readers[readerIndex];
        var whole = await WholeFiguresAsync();
        var outputs = await host.EverythingReadByAsync(reader);
        var leaks = new List<string>();
        foreach (var output in outputs.Where(o => o.Status == 200 && !IsTheReturnAsReceived(o)))
        {
            foreach (var planted in host.Planted)
            {
                leaks.AddRange(ShownIn(output, planted, whole[planted]).Select(what => $"{output} shows {planted}: {what}"));
            }
        }

        leaks.AddRange(PrintedBeyondTheirPages(outputs));
        Assert.True(outputs.Count(o => o.Status == 200) >= 30, $"Only {outputs.Count(o => o.Status == 200)} addresses answered {reader}.");
        Assert.True(leaks.Count == 0, $"{leaks.Count} planted small counts shown to {reader}:\n" + string.Join("\n", leaks.Distinct()));
    }

    [Theory]
    [MemberData(nameof(EveryReader))]
    public async Task No_planted_small_count_can_be_worked_out_from_the_sums_of_what_a_reader_is_shown(int readerIndex)
    {
        var reader = PlantedSmallCountsHost.Readers[readerIndex];
        var table = await TableOfAsync(reader);
        var recovered = new List<string>();
        foreach (var planted in host.Planted)
        {
            if (table.Known.TryGetValue(planted.Cell, out var shown))
            {
                recovered.Add(table.WorkedOutFromValue.Contains(planted.Cell)
                    ? $"{planted}: its count {shown} follows from the value and denominator {reader} is shown ({Where(await host.EverythingReadByAsync(reader), planted, f => f.Value is not null && f.Denominator is not null)})"
                    : $"{planted}: its count {shown} is given in what {reader} is shown ({Where(await host.EverythingReadByAsync(reader), planted, f => f.Numerator is not null)})");
                continue;
            }

            var attacker = table.Range();
            var (used, ranges) = attacker.Solve(table.SumsAround(planted.Cell));
            // Every sum at once, as an integer programme: tighter than the propagated range where sums share unknowns.
            var (low, high) = ranges.ContainsKey(planted.Cell) ? attacker.Exact(used, ranges, planted.Cell) : attacker.Start(planted.Cell);
            if (!(low == 0 || high >= 6) || low == high)
            {
                // The sums that hold it, and those that hold the other unknowns of those (few unknowns each: the usable ones).
                var direct = used.Where(s => s.Total == planted.Cell || s.Parts.Contains(planted.Cell)).ToList();
                var unknowns = direct.SelectMany(s => s.Parts.Append(s.Total)).Where(c => !table.Known.ContainsKey(c)).ToHashSet();
                var shownSums = direct.Concat(used.Where(s => s.Parts.Append(s.Total).Any(unknowns.Contains)))
                    .Distinct().Where(s => s.Parts.Append(s.Total).Count(c => !table.Known.ContainsKey(c)) <= 3);
                recovered.Add($"{planted}: its count lies in {Describe(low, high)} from these sums of what {reader} is shown:\n    "
                    + string.Join("\n    ", shownSums.Select(s => Explain(s, table))));
            }
        }

        Assert.True(recovered.Count == 0, $"Planted small counts {reader} can work out:\n" + string.Join("\n", recovered));
    }

    [Fact]
    public async Task The_analyst_is_shown_every_planted_figure_and_the_sums_pin_each_one_when_it_alone_is_hidden()
    {
        var table = await TableOfAsync(PlantedSmallCountsHost.TheAnalyst);
        foreach (var planted in host.Planted)
        {
            Assert.True(table.Known.TryGetValue(planted.Cell, out var count) && count == planted.Numerator, $"The analyst's outputs do not give {planted}.");
            var (used, ranges) = table.Without(planted.Cell).Solve(table.SumsAround(planted.Cell));
            Assert.True(
                ranges.TryGetValue(planted.Cell, out var range) && range.Low == planted.Numerator && range.High == planted.Numerator,
                $"The sums in the analyst's outputs do not pin {planted} when it alone is hidden: {(ranges.TryGetValue(planted.Cell, out var r) ? Describe(r.Low, r.High) : "in no sum")}; sums used:\n"
                    + string.Join("\n", used.Select(s => Explain(s, table))));
        }

        var outputs = await host.EverythingReadByAsync(PlantedSmallCountsHost.TheAnalyst);
        foreach (var planted in host.Planted)
        {
            Assert.True(outputs.Any(o => PageRows.Showing(o, planted, host.Reference).Any()), $"No page shows the analyst {planted}.");
        }
    }

    /// <summary>
    /// A board pack's PDF is its page printed: every number in the PDF's words must be on the pack's page, which is
    /// held to the rule with every other page, so the PDF can show nothing the page does not.
    /// </summary>
    private static IEnumerable<string> PrintedBeyondTheirPages(IReadOnlyList<ServiceOutput> outputs)
    {
        var pdfs = outputs.Where(o => o.Status == 200 && o.MediaType == OutputCrawl.PdfMediaType).ToList();
        if (new Dashboard.BoardPacks.ChromiumPdfPrinter(new Dashboard.BoardPacks.BoardPackOptions()).BrowserPath is not null)
        {
            Assert.True(pdfs.Count > 0, "No board pack was printed to PDF for the reader.");
        }

        foreach (var pdf in pdfs)
        {
            var page = outputs.Single(o => o.Url == pdf.Url.Replace(".pdf", string.Empty, StringComparison.Ordinal));
            // Printed, a link shows its address after its words.
            var addresses = System.Text.RegularExpressions.Regex.Matches(page.Body, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value);
            var onThePage = NumbersIn(System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(page.Body, "<[^>]+>", " ") + " " + string.Join(' ', addresses)));
            foreach (var number in NumbersIn(pdf.Body).Where(n => !onThePage.Contains(n)))
            {
                yield return $"{pdf} prints {number}, which its page {page.Url} does not show";
            }
        }
    }

    /// <summary>The numbers standing as words of their own (not the digits inside the pack's hash or an address, which a PDF may wrap).</summary>
    private static HashSet<string> NumbersIn(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"(?<![\w.,])\d[\d,]*(\.\d+)?(?!\w)").Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal))];

    /// <summary>The planted figures' numbers as the analyst is shown them: their intervals, to find them elsewhere.</summary>
    private async Task<Dictionary<PlantedFigure, List<ShownFigure>>> WholeFiguresAsync()
    {
        var figures = (await host.EverythingReadByAsync(PlantedSmallCountsHost.TheAnalyst)).SelectMany(o => ShownFigure.In(o, host.Reference)).ToList();
        return host.Planted.ToDictionary(p => p, p => figures.Where(f => f.Cell == p.Cell && f.Numerator == p.Numerator).ToList());
    }

    private IEnumerable<string> ShownIn(ServiceOutput output, PlantedFigure planted, List<ShownFigure> whole)
    {
        var bounds = whole.SelectMany(f => f.Bounds.Select(b => b.Value)).Where(b => Math.Abs(b - planted.Value) > 1e-9).Distinct().ToList();
        var figures = ShownFigure.In(output, host.Reference).ToList();
        // Another figure's own value and interval, given with the counts they are worked out from, are that figure's
        // (12 of 164 is 7.317…% too, and 6 of 174 has an upper bound of 7.3178…%).
        var explained = figures.Where(f => f.Cell != planted.Cell && f.ValueIsItsOwnCounts(host.Reference))
            .SelectMany(f => f.Bounds.Select(b => b.Value).Append(f.Value!.Value)).ToList();
        foreach (var figure in figures.Where(f => f.Cell == planted.Cell))
        {
            if (figure.Numerator == planted.Numerator)
            {
                yield return $"numerator {planted.Numerator}";
            }

            if (figure.Value is { } value && Math.Abs(value - planted.Value) < 0.5 * Math.Pow(10, -planted.DecimalPlaces))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"value {value}");
            }

            foreach (var bound in figure.Bounds.Where(b => bounds.Any(w => Math.Abs(w - b.Value) < 0.005)))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"interval bound {bound.Key} {bound.Value}");
            }
        }

        if (PageRows.HoldsDigits(output.Body, planted, explained))
        {
            yield return $"the value's digits {planted.DistinctiveDigits}";
        }

        foreach (var row in PageRows.Showing(output, planted, host.Reference))
        {
            yield return $"the passage \"{row}\"";
        }

        foreach (var sentence in PageRows.SentencesShowing(output, planted, host.Reference))
        {
            yield return $"the words \"{sentence}\"";
        }
    }

    private async Task<AttackerTable> TableOfAsync(Reader reader)
    {
        var outputs = await host.EverythingReadByAsync(reader);
        var indicators = host.Planted.Select(p => p.Cell.Indicator).ToHashSet(StringComparer.Ordinal);
        return new AttackerTable(outputs.Where(o => !IsTheReturnAsReceived(o)).SelectMany(o => ShownFigure.In(o, host.Reference)), host.Reference, indicators);
    }

    private string Where(IReadOnlyList<ServiceOutput> outputs, PlantedFigure planted, Func<ShownFigure, bool> giving) =>
        string.Join(", ", outputs.Where(o => !IsTheReturnAsReceived(o)).SelectMany(o => ShownFigure.In(o, host.Reference)).Where(f => f.Cell == planted.Cell && giving(f))
            .Select(f => f.Output.Url).Distinct().Take(5));

    private static string Explain(CountSum sum, AttackerTable table) =>
        $"{sum.Name}: {Term(sum.Total, table)} = " + string.Join(" + ", sum.Parts.Select(p => Term(p, table)));

    private static string Term(Cell cell, AttackerTable table) =>
        table.Known.TryGetValue(cell, out var count) ? $"{cell.Area} {cell.Period} {count}" : $"{cell.Area} {cell.Period} ?";

    private static string Describe(double low, double high) =>
        low == high ? string.Create(CultureInfo.InvariantCulture, $"exactly {low}")
        : double.IsPositiveInfinity(high) ? string.Create(CultureInfo.InvariantCulture, $"{low} or more")
        : string.Create(CultureInfo.InvariantCulture, $"{low} to {high}");
}
