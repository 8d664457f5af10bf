namespace Safeguarding.Analytics.Dashboard.BoardPacks;

/// <summary>
/// The pack's own stylesheet, inline so the document stands alone (saved, emailed or printed to PDF): readable on
/// screen, and on paper A4 with each priority on its own page and every link's address printed beside it.
/// </summary>
internal static class BoardPackStyles
{
    public const string Css = """
        :root { color: #0b0c0c; background: #fff; }
        body { font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.45; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
        h1 { font-size: 2rem; margin: 0 0 .75rem; }
        h2 { font-size: 1.5rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #0b0c0c; padding-bottom: .25rem; }
        h3 { font-size: 1.15rem; margin: 1.25rem 0 .4rem; }
        a { color: #1d4f91; }
        a:focus { outline: 3px solid #ffbf47; background: #ffbf47; color: #0b0c0c; }
        .kicker { font-size: 1.1rem; color: #454a4d; margin: 0; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        code { font-family: "Courier New", monospace; font-size: .85em; word-break: break-all; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
        caption { text-align: left; font-weight: bold; padding: .25rem 0; }
        th, td { border: 1px solid #b1b4b6; padding: .35rem .45rem; text-align: left; vertical-align: top; }
        thead th { background: #f3f2f1; }
        tbody th { font-weight: normal; }
        tbody th a { font-weight: bold; }
        .small { display: block; font-size: .85em; color: #454a4d; }
        .figure { font-weight: bold; font-size: 1.05rem; }
        .not-shown { font-style: italic; }
        .bench-better { color: #00703c; font-weight: bold; }
        .bench-worse { color: #b21d0e; font-weight: bold; }
        .attention { color: #b21d0e; }
        .note { border-left: 4px solid #1d4f91; padding: .25rem .75rem; margin: .5rem 0; background: #f8f8f8; }
        .note p { margin: .2rem 0; white-space: pre-wrap; }
        .escalation { border: 1px solid #b1b4b6; border-left: 6px solid #b21d0e; padding: .5rem .9rem; margin: .75rem 0; }
        .escalation h3 { margin-top: .25rem; }
        .escalation ol { padding-left: 1.25rem; }
        .escalation li p { margin: .15rem 0; white-space: pre-wrap; }
        nav.contents ol { columns: 2; }
        nav.contents li { margin: .25rem 0; }
        nav.contents a { display: inline-block; min-height: 24px; padding: .15rem 0; }
        footer { margin-top: 2rem; border-top: 1px solid #b1b4b6; font-size: .85rem; color: #454a4d; }
        @page { size: A4; margin: 16mm 14mm 18mm; }
        @media print {
          body { font-size: 10pt; max-width: none; padding: 0; }
          h1 { font-size: 18pt; }
          h2 { font-size: 14pt; }
          nav, .no-print { display: none; }
          .priority { break-before: page; page-break-before: always; }
          table { font-size: 8.5pt; }
          thead { display: table-header-group; }
          tr, .note, .escalation { break-inside: avoid; page-break-inside: avoid; }
          a { color: #0b0c0c; text-decoration: none; }
          a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 7.5pt; font-weight: normal; word-break: break-all; }
          .bench-better, .bench-worse, .attention { color: #0b0c0c; }
        }
        """;
}
