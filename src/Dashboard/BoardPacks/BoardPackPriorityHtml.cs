using System.Globalization;
using System.Text;
using static Safeguarding.Analytics.Dashboard.BoardPacks.BoardPackHtml;

namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>One priority's page of the pack: its table of indicators, then what the reporting agencies say about them.</summary>
internal static class BoardPackPriorityHtml
{
    public static void Append(StringBuilder html, PackPriority priority, int number, string quarter, Uri serviceAddress)
    {
        var heading = $"priority-{number.ToString(CultureInfo.InvariantCulture)}";
        html.Append("<section class=\"priority\" id=\"").Append(heading).Append("\" aria-labelledby=\"").Append(heading).Append("-heading\">\n")
            .Append("<h2 id=\"").Append(heading).Append("-heading\">").Append(E(priority.Name)).Append("</h2>\n")
            .Append("<p>").Append(E(priority.Description)).Append("</p>\n<p>Open exceptions: ")
            .Append(priority.OpenExceptions.ToString(CultureInfo.InvariantCulture)).Append(".</p>\n");
        var comparators = priority.Indicators.Count == 0 ? [] : priority.Indicators[0].Comparisons.Select(c => c.Comparator).ToList();
        html.Append("<table>\n<caption>").Append(E($"{priority.Name}: latest figures for {quarter}, direction of travel, benchmarks and SPC variation")).Append("</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Indicator</th><th scope=\"col\">Latest figure</th><th scope=\"col\">Direction of travel</th>");
        foreach (var comparator in comparators)
        {
            html.Append("<th scope=\"col\">").Append(E(comparator)).Append("</th>");
        }

        html.Append("<th scope=\"col\">SPC variation</th><th scope=\"col\">Needs attention</th></tr></thead>\n<tbody>\n");
        foreach (var indicator in priority.Indicators)
        {
            Row(html, indicator, serviceAddress);
        }

        html.Append("</tbody>\n</table>\n");
        Commentary(html, priority);
        html.Append("</section>\n");
    }

    private static void Row(StringBuilder html, PackIndicator i, Uri serviceAddress)
    {
        html.Append("<tr><th scope=\"row\"><a href=\"").Append(Href(serviceAddress, i.Link)).Append("\">").Append(E(i.Name)).Append("</a>")
            .Append("<span class=\"small\">").Append(E($"{i.LeadAgency}; {i.Polarity}")).Append("</span></th>\n<td>");
        if (i.Figure is { } figure)
        {
            html.Append("<span class=\"figure\">").Append(E(figure)).Append("</span>");
        }
        else
        {
            html.Append("<span class=\"not-shown\">").Append(i.Suppressed ? "Suppressed. " : string.Empty).Append(E(i.NotShown)).Append("</span>");
        }

        html.Append("<span class=\"small\">").Append(E(i.Period ?? "No period")).Append("</span></td>\n<td>").Append(E(i.Travel ?? "–")).Append("</td>\n");
        foreach (var c in i.Comparisons)
        {
            html.Append("<td>").Append(E(c.Value ?? "–"));
            if (c.Period is not null)
            {
                html.Append("<span class=\"small\">").Append(E(c.Period)).Append("</span>");
            }

            html.Append("<span class=\"").Append(BenchmarkClass(c.Benchmark)).Append("\">").Append(E(c.Benchmark)).Append("</span>");
            if (c.Note is not null)
            {
                html.Append("<span class=\"small\">").Append(E(c.Note)).Append("</span>");
            }

            html.Append("</td>\n");
        }

        html.Append("<td>").Append(E(i.Variation ?? "–")).Append("</td>\n<td>");
        html.Append(i.Attention.Count == 0 ? "No" : $"<span class=\"attention\">Yes: {E(string.Join("; ", i.Attention))}</span>");
        html.Append("</td></tr>\n");
    }

    private static void Commentary(StringBuilder html, PackPriority priority)
    {
        var noted = priority.Indicators.Where(i => i.Commentary is not null).ToList();
        html.Append("<h3>What the reporting agencies say</h3>\n");
        if (noted.Count == 0)
        {
            html.Append("<p>No agency had written commentary on these figures.</p>\n");
            return;
        }

        foreach (var i in noted)
        {
            var note = i.Commentary!;
            html.Append("<div class=\"note\"><p><strong>").Append(E(i.Name)).Append("</strong> — ")
                .Append(E($"{note.Agency}, version {note.Version.ToString(CultureInfo.InvariantCulture)}, {Moment(note.WrittenAt)}"))
                .Append("</p><p>").Append(E(note.Text)).Append("</p></div>\n");
        }
    }

    private static string BenchmarkClass(string words) =>
        words.StartsWith("significantly better", StringComparison.Ordinal) ? "small bench-better"
        : words.StartsWith("significantly worse", StringComparison.Ordinal) ? "small bench-worse"
        : "small";
}
