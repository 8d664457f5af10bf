using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Safeguarding.Analytics.Warehouse.BoardPacks;

namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// The pack as one standalone, accessible HTML document (British English, headed sections, captioned tables with
/// scoped headers, words beside every colour, an inline stylesheet with a print layout), made from the stored content
/// alone: every text is encoded, so nothing an agency or a partner wrote can become markup.
/// </summary>
public static class BoardPackHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>
    /// The policy the document carries in itself, wherever it is opened or printed: nothing is fetched and no script
    /// runs; only its own inline stylesheet (and images written into it as data) apply.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <param name="content">The pack's content.</param>
    /// <param name="version">The frozen version's record, or null for a pack not frozen.</param>
    /// <param name="serviceAddress">The service's address, so every link (printed beside it on paper) leads back to the dashboard.</param>
    public static string Render(BoardPackContent content, BoardPackVersion? version, Uri serviceAddress)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(serviceAddress);
        var html = new StringBuilder(64 * 1024);
        var title = $"Board pack {content.Quarter}{(version is null ? string.Empty : $", version {version.Version}")}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append(" — ").Append(E(content.Area)).Append("</title>\n")
            .Append("<style>\n").Append(BoardPackStyles.Css).Append("\n</style>\n</head>\n<body>\n");
        Header(html, content, version, title);
        html.Append("<main id=\"pack\">\n");
        Escalations(html, content, serviceAddress);
        DeepDives(html, content, serviceAddress);
        for (var i = 0; i < content.Priorities.Count; i++)
        {
            BoardPackPriorityHtml.Append(html, content.Priorities[i], i + 1, content.Quarter, serviceAddress);
        }

        html.Append("</main>\n<footer>\n<p>").Append(E(content.DisclosureControl)).Append("</p>\n<p>Prepared from the partnership's dashboard as the data stood at ")
            .Append(E(Moment(content.DataAsOf))).Append(". Regenerating this version from the stored data as at that moment gives the same content.</p>\n</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    internal static string E(string? text) => Encoder.Encode(text ?? string.Empty);

    internal static string Href(Uri serviceAddress, string link) => E(new Uri(serviceAddress, link).AbsoluteUri);

    internal static string Moment(DateTime utc) => utc.ToString("d MMMM yyyy, HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    internal static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static void Header(StringBuilder html, BoardPackContent content, BoardPackVersion? version, string title)
    {
        html.Append("<header>\n<p class=\"kicker\">Safeguarding Children Partnership — ").Append(E(content.Area)).Append("</p>\n")
            .Append("<h1>").Append(E(title)).Append("</h1>\n<dl class=\"facts\">\n");
        Fact(html, "As presented to the board on", Date(content.PresentedOn));
        Fact(html, "Quarter", content.Quarter);
        Fact(html, "Figures, exceptions and commentary as at", Moment(content.DataAsOf));
        Fact(html, "Latest figure loaded", content.FiguresLoadedUpTo is { } loaded ? Moment(loaded) : "No figures loaded");
        if (version is not null)
        {
            Fact(html, "Frozen", $"Version {version.Version}, by {version.FrozenBy}, at {Moment(version.FrozenAt)}");
            html.Append("<dt>Content SHA-256</dt><dd><code>").Append(E(version.ContentSha256)).Append("</code></dd>\n");
        }

        Fact(html, "Compared with", content.Comparators);
        Fact(html, "Disclosure control", content.DisclosureControl);
        html.Append("</dl>\n<nav class=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n")
            .Append("<li><a href=\"#escalations\">Exceptions escalated to the board</a></li>\n")
            .Append("<li><a href=\"#deep-dive\">Deep dive due this month</a></li>\n");
        for (var i = 0; i < content.Priorities.Count; i++)
        {
            html.Append("<li><a href=\"#priority-").Append(i + 1).Append("\">").Append(E(content.Priorities[i].Name)).Append("</a></li>\n");
        }

        html.Append("</ol>\n</nav>\n</header>\n");
    }

    private static void Fact(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(value)).Append("</dd>\n");

    private static void Escalations(StringBuilder html, BoardPackContent content, Uri serviceAddress)
    {
        html.Append("<section id=\"escalations\" aria-labelledby=\"escalations-heading\">\n<h2 id=\"escalations-heading\">Exceptions escalated to the board</h2>\n");
        if (content.Escalations.Count == 0)
        {
            html.Append("<p>No exception had been escalated to the board at ").Append(E(Moment(content.DataAsOf))).Append(".</p>\n</section>\n");
            return;
        }

        html.Append("<p>").Append(content.Escalations.Count.ToString(CultureInfo.InvariantCulture))
            .Append(content.Escalations.Count == 1 ? " exception was" : " exceptions were").Append(" escalated by the QA sub-group and not reopened.</p>\n");
        foreach (var e in content.Escalations)
        {
            html.Append("<article class=\"escalation\">\n<h3><a href=\"").Append(Href(serviceAddress, e.Link)).Append("\">")
                .Append(E($"{e.Kind}: {e.About}, {e.Period}")).Append("</a></h3>\n<dl class=\"facts\">\n");
            Fact(html, "Severity", e.Severity);
            Fact(html, "Evidence", e.Evidence);
            Fact(html, "Method", e.Method);
            Fact(html, "Escalated", Moment(e.EscalatedAt));
            html.Append("</dl>\n<h4>Latest notes</h4>\n<ol>\n");
            foreach (var note in e.Notes)
            {
                html.Append("<li><p><strong>").Append(E(note.Step)).Append("</strong> — ").Append(E(note.Actor)).Append(", ")
                    .Append(E(Moment(note.At))).Append("</p><p>").Append(E(note.Comment)).Append("</p></li>\n");
            }

            html.Append("</ol>\n</article>\n");
        }

        html.Append("</section>\n");
    }

    private static void DeepDives(StringBuilder html, BoardPackContent content, Uri serviceAddress)
    {
        var month = content.PresentedOn.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        html.Append("<section id=\"deep-dive\" aria-labelledby=\"deep-dive-heading\">\n<h2 id=\"deep-dive-heading\">Deep dive due in ").Append(E(month)).Append("</h2>\n");
        if (content.DeepDives.Count == 0)
        {
            html.Append("<p>The board's reporting timetable asks for no deep dive in ").Append(E(month)).Append(".</p>\n</section>\n");
            return;
        }

        foreach (var dive in content.DeepDives)
        {
            html.Append("<h3>").Append(E(dive.Theme)).Append("</h3>\n<p>").Append(E(dive.Note)).Append("</p>\n<p>Priorities covered: ")
                .Append(E(dive.Priorities.Count == 0 ? "none in the catalogue yet" : string.Join("; ", dive.Priorities))).Append(".</p>\n")
                .Append("<table>\n<caption>").Append(E($"{dive.Theme}: headline figures")).Append("</caption>\n")
                .Append("<thead><tr><th scope=\"col\">Indicator</th><th scope=\"col\">Priority</th><th scope=\"col\">Period</th><th scope=\"col\">Figure</th></tr></thead>\n<tbody>\n");
            foreach (var h in dive.Headlines)
            {
                html.Append("<tr><th scope=\"row\"><a href=\"").Append(Href(serviceAddress, h.Link)).Append("\">").Append(E(h.Indicator)).Append("</a></th><td>")
                    .Append(E(h.Priority)).Append("</td><td>").Append(E(h.Period ?? "–")).Append("</td><td>")
                    .Append(h.Figure is { } figure ? $"<span class=\"figure\">{E(figure)}</span>" : $"<span class=\"not-shown\">{E(h.NotShown)}</span>")
                    .Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
            DeepDiveExtracts(html, dive, serviceAddress);
        }

        html.Append("</section>\n");
    }

    private static void DeepDiveExtracts(StringBuilder html, PackDeepDive dive, Uri serviceAddress)
    {
        if (dive.Extracts is not { Count: > 0 } extracts)
        {
            html.Append("<p>No extract had been defined for this deep dive.</p>\n");
            return;
        }

        html.Append("<p>The business unit's extracts for this deep dive, kept on its Extracts page, which analysts open (figures on counts of 1 to 5 left blank with the reason):</p>\n<ul>\n");
        foreach (var x in extracts)
        {
            html.Append("<li><a href=\"").Append(Href(serviceAddress, x.Link)).Append("\">").Append(E(x.Title)).Append("</a> (").Append(E(x.Format.ToUpperInvariant())).Append("): ");
            html.Append(x.RunId is { } run
                ? E(string.Create(CultureInfo.InvariantCulture, $"run {run} finished {x.FinishedAt:d MMMM yyyy HH:mm} UTC, {x.Rows:N0} rows, {x.SuppressedFigures:N0} figures withheld, SHA-256 {x.Sha256}"))
                : "no file had been made yet");
            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }
}
