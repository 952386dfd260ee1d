namespace ClaimCompare.Reporting;

/// <summary>The report's inline style sheet (kept apart so the writer reads as structure).</summary>
internal static class HtmlStyle
{
    public const string Css = """
        body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5em auto; max-width: 78em; padding: 0 1em; color: #222; }
        h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #ccc; margin-top: 1.6em; } h3 { margin-bottom: .3em; }
        .summary, .consensus { color: #555; }
        .discrepancies li { margin: .4em 0; }
        .kind { display: inline-block; min-width: 6.5em; padding: 0 .4em; border-radius: 3px; background: #eee; font-weight: 600; }
        .figure .kind, li.figure .kind { background: #f6c6c6; } li.attribution .kind { background: #f6e1b0; }
        li.update .kind { background: #cfe3f7; } li.internal .kind { background: #e2d0f2; }
        .severity { color: #777; font-variant-numeric: tabular-nums; }
        .links a { margin-right: .3em; }
        .gid { color: #999; font-weight: normal; font-size: .8em; }
        table.group-table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
        .group-table th, .group-table td { border: 1px solid #ddd; padding: .25em .5em; text-align: left; vertical-align: top; }
        .group-table th { background: #f4f4f4; }
        .group-table tr.flagged td { background: #fff1f1; }
        .group.disputed h3::before { content: "⚠ "; color: #c00; }
        td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.sentence { font-size: .9em; color: #444; }
        article { border-top: 1px solid #ddd; padding-top: .5em; }
        article .meta { color: #666; font-size: .9em; }
        article .text { white-space: pre-wrap; }
        mark.sentence { background: #fff3b0; }
        strong.claim { background: #ffd666; }
        strong.claim.flagged { background: #ff9c9c; box-shadow: 0 0 0 2px #d33; }
        .legend { background: #fafafa; border: 1px solid #ddd; padding: .4em .8em; margin: 1em 0; }
        .legend dt { float: left; clear: left; min-width: 8em; font-weight: 600; } .legend dd { margin: 0 0 .3em 9em; }
        strong.claim:target { outline: 3px solid #d33; }
        strong.claim sup { font-size: .7em; color: #a50; margin-left: .1em; }

        """;
}
