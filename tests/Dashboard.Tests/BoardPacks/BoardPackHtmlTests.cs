using Safeguarding.Analytics.Dashboard.BoardPacks;
using Safeguarding.Analytics.Tests.Support;
using Safeguarding.Analytics.Warehouse.BoardPacks;

namespace Safeguarding.Analytics.Dashboard.Tests.BoardPacks;

public class BoardPackHtmlTests
{
    private static readonly Uri Service = new("https://dashboard.example.org/");

    internal static BoardPackContent Content(string text) => new()
    {
        Quarter = "2024-25 Q1",
        PresentedOn = new DateOnly(2025, 3, 11),
        DataAsOf = new DateTime(2025, 3, 1, 9, 30, 0, DateTimeKind.Utc),
        FiguresLoadedUpTo = new DateTime(2025, 2, 28, 17, 0, 0, DateTimeKind.Utc),
        Area = "Herefordshire, County of (E06000019)",
        Comparators = "the average of its 10 statistical neighbours, West Midlands and England",
        DisclosureControl = "A figure built on a count of 1 to 5 is not shown.",
        Priorities =
        [
            new PackPriority("domestic_abuse", $"Domestic abuse {text}", text, 1,
            [
                new PackIndicator
                {
                    Id = "repeat_da_pct", Name = text, LeadAgency = text, Polarity = "lower is better", Period = "2024-25 Q1",
                    NotShown = "Figure built on a count of fewer than 6: not shown", Suppressed = true,
                    Comparisons = [new PackComparison(text, "2023-24", "28.0%", "not compared: the area's figure is not shown", text)],
                    Attention = [text], OpenExceptions = 1,
                    Commentary = new PackNote(text, text, 2, new DateTime(2025, 2, 1, 0, 0, 0, DateTimeKind.Utc)),
                    Link = "/indicators/repeat_da_pct",
                },
                new PackIndicator
                {
                    Id = "da_notifications_timely_pct", Name = "Timely notifications", LeadAgency = "Police", Polarity = "higher is better",
                    Period = "2024-25 Q1", Figure = "95.0%", Travel = "up 2.5 points on 2023-24 Q4, better",
                    Comparisons = [new PackComparison("England", "2023-24", "90.0%", "significantly better", null)],
                    Variation = "special cause, improving", Attention = [], Link = "/indicators/da_notifications_timely_pct",
                },
            ]),
        ],
        Escalations =
        [
            new PackEscalation
            {
                Id = 7, Kind = "SPC concern", Severity = "High", About = text, Period = "2024-25 Q1", Evidence = text, Method = text,
                EscalatedAt = new DateTime(2025, 2, 20, 10, 0, 0, DateTimeKind.Utc),
                Notes = [new PackStepNote("Escalated to the board", text, new DateTime(2025, 2, 20, 10, 0, 0, DateTimeKind.Utc), text)],
                Link = "/exceptions/7",
            },
        ],
        DeepDives = [new PackDeepDive(text, text, [text], [new PackHeadline(text, text, "2024-25 Q1", null, text, "/indicators/repeat_da_pct")])],
    };

    [Theory]
    [InlineData(HostileText.Script)]
    [InlineData(HostileText.ImageOnError)]
    [InlineData(HostileText.Template)]
    [InlineData(HostileText.DropTable)]
    [InlineData(HostileText.RightToLeftOverride)]
    public void Hostile_text_anywhere_in_a_pack_is_shown_as_text_never_as_markup(string text)
    {
        var html = BoardPackHtml.Render(Content(text), null, Service);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
        var expected = text switch
        {
            HostileText.Script => "&lt;script&gt;alert(1)&lt;/script&gt;",
            HostileText.ImageOnError => "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
            HostileText.DropTable => "&#x27;; DROP TABLE submissions; --",
            HostileText.RightToLeftOverride => "report&#x202E;txt.exe",
            _ => text,
        };
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_long_note_is_kept_whole_and_encoded()
    {
        var html = BoardPackHtml.Render(Content(HostileText.VeryLong), null, Service);

        Assert.DoesNotContain("<b>long</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;long&lt;/b&gt; &amp; ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_document_stands_alone_in_British_English_with_a_print_layout_and_captioned_scoped_tables()
    {
        var version = new BoardPackVersion
        {
            Quarter = "2024-25 Q1", Version = 3, PresentedOn = new DateOnly(2025, 3, 11), DataAsOf = new DateTime(2025, 3, 1, 9, 30, 0, DateTimeKind.Utc),
            FrozenBy = "analyst.one", FrozenAt = new DateTime(2025, 3, 1, 9, 30, 0, DateTimeKind.Utc), ContentSha256 = new string('a', 64),
        };

        var html = BoardPackHtml.Render(Content("Plain words"), version, Service);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("size: A4", html, StringComparison.Ordinal);
        Assert.Contains("break-before: page", html, StringComparison.Ordinal);
        Assert.Contains("attr(href)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Equal(html.Split("<table").Length, html.Split("<caption>").Length);
        Assert.Contains("<th scope=\"col\">", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">", html, StringComparison.Ordinal);
        Assert.Contains("As presented to the board on</dt><dd>11 March 2025", html, StringComparison.Ordinal);
        Assert.Contains("Version 3, by analyst.one", html, StringComparison.Ordinal);
        Assert.Contains(new string('a', 64), html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://dashboard.example.org/indicators/da_notifications_timely_pct\"", html, StringComparison.Ordinal);
        Assert.Contains("Suppressed. Figure built on a count of fewer than 6: not shown", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"small bench-better\">significantly better</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_content_gives_the_same_document_and_the_same_json()
    {
        var content = Content("Plain words");
        var json = BoardPackJson.Write(content);

        Assert.Equal(BoardPackHtml.Render(content, null, Service), BoardPackHtml.Render(BoardPackJson.Read(json), null, Service));
        Assert.Equal(json, BoardPackJson.Write(BoardPackJson.Read(json)));
    }

    [Fact]
    public void The_document_carries_a_policy_that_fetches_nothing_and_runs_no_script_ahead_of_everything_it_governs()
    {
        var html = BoardPackHtml.Render(Content("Plain words"), null, Service);

        var meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">";
        var at = html.IndexOf(meta, StringComparison.Ordinal);
        Assert.True(at > 0, "The pack has no Content-Security-Policy meta element.");
        Assert.True(at < html.IndexOf("<title>", StringComparison.Ordinal), "The policy comes after the title.");
        Assert.True(at < html.IndexOf("<style>", StringComparison.Ordinal), "The policy comes after the stylesheet.");
        Assert.Equal(1, html.Split("Content-Security-Policy").Length - 1);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }
}
