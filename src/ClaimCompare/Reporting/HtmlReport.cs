using ClaimCompare.Text;
using System.Globalization;
using System.Net;
using System.Text;
using ClaimCompare.Model;

namespace ClaimCompare.Reporting;

/// <summary>
/// A self-contained HTML report: no scripts, fonts or images from elsewhere. Disagreements first, then one
/// side-by-side table per group; every claim links to its sentence, highlighted in the article text below.
/// </summary>
public static class HtmlReport
{
    /// <summary>Renders the report as one HTML page.</summary>
    /// <example><code>File.WriteAllText("report.html", HtmlReport.Write(ClaimComparer.CompareFiles(["articles"])));</code></example>
    public static string Write(ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var view = new ReportView(report);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>ClaimCompare report</title>\n<style>\n")
          .Append(HtmlStyle.Css)
          .Append("</style></head><body>\n<h1>ClaimCompare report</h1>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<p class=\"summary\">{E(Wording.Totals(report))}.</p>\n");
        AppendLegend(sb);

        AppendDiscrepancies(sb, report);
        AppendGroups(sb, view);
        HtmlArticles.Append(sb, view);
        AppendErrors(sb, report);
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    internal static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static void AppendDiscrepancies(StringBuilder sb, ComparisonReport report)
    {
        if (report.Discrepancies.Length == 0)
        {
            sb.Append("<p class=\"none\">No disagreements found.</p>\n");
            return;
        }

        sb.Append("<section id=\"disagreements\"><h2>Disagreements</h2>\n<ul class=\"discrepancies\">\n");
        foreach (var d in report.Discrepancies)
        {
            var kind = ReportJson.KindName(d.Kind);
            sb.Append(CultureInfo.InvariantCulture, $"<li class=\"discrepancy {kind}\" id=\"{E(d.Id)}\"><span class=\"kind\">{kind}</span> <span class=\"severity\" title=\"severity\">{d.Severity:0.00}</span> ");
            sb.Append(E(d.Explanation));
            sb.Append(" <span class=\"links\">");
            if (d.GroupId is { } g)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<a href=\"#{E(g)}\">group {E(g)}</a> ");
            }

            foreach (var id in d.ClaimIds)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<a href=\"#{E(id)}\">{E(id)}</a> ");
            }

            sb.Append("</span></li>\n");
        }

        sb.Append("</ul></section>\n");
    }

    private static void AppendGroups(StringBuilder sb, ReportView view)
    {
        var report = view.Report;
        if (report.Groups.Length == 0)
        {
            return;
        }

        sb.Append("<section id=\"groups\"><h2>Groups</h2>\n");
        foreach (var g in view.GroupsDisagreementsFirst())
        {
            var flagged = view.FlaggedClaims(g.Id);
            sb.Append(CultureInfo.InvariantCulture, $"<section class=\"group{(flagged.Count > 0 ? " disputed" : string.Empty)}\" id=\"{E(g.Id)}\">\n<h3>{E(ReportView.GroupTitle(g))} <span class=\"gid\">{E(g.Id)}</span></h3>\n");
            if (g.Consensus is { } c)
            {
                sb.Append("<p class=\"consensus\">").Append(E(view.ConsensusSentence(g, c))).Append(".</p>\n");
            }

            if (view.VagueBeside(g) is { } vague)
            {
                sb.Append("<p class=\"consensus vague\">").Append(E(char.ToUpperInvariant(vague[0]) + vague[1..])).Append(".</p>\n");
            }

            sb.Append("<table class=\"group-table\"><thead><tr><th>claim</th><th>figure</th><th>reading</th><th>source</th><th>outlet</th><th>date</th><th>period</th><th>place</th><th>sentence</th></tr></thead><tbody>\n");
            foreach (var id in g.ClaimIds)
            {
                if (view.Claim(id) is not { } claim)
                {
                    continue;
                }

                var q = claim.Quantity;
                var reading = q.TypicalLow.Equals(q.TypicalHigh) ? TableReport.Number(q.TypicalLow) : $"{TableReport.Number(q.TypicalLow)}–{TableReport.Number(q.TypicalHigh)}";
                sb.Append(CultureInfo.InvariantCulture, $"<tr class=\"claim{(flagged.Contains(id) ? " flagged" : string.Empty)}\"><td><a href=\"#{E(id)}\">{E(id)}</a></td><td class=\"figure\">{E(claim.Surface)}</td><td class=\"num\">{E(reading)}</td>");
                sb.Append(CultureInfo.InvariantCulture, $"<td>{E(view.SourceName(claim) ?? "(outlet's voice)")}</td><td>{E(view.Outlet(claim))}</td><td>{E(view.Date(claim))}</td><td>{E(ReportView.Period(claim))}</td><td>{E(claim.Place)}</td>");
                sb.Append(CultureInfo.InvariantCulture, $"<td class=\"sentence\"><a href=\"#{E(id)}\">{E(Trim(claim.Sentence, 160))}</a></td></tr>\n");
            }

            sb.Append("</tbody></table></section>\n");
        }

        sb.Append("</section>\n");
    }

    // How to read the page: what the kinds and the severity mean, how qualifiers are read, what the highlights are.
    private static void AppendLegend(StringBuilder sb)
    {
        sb.Append("<details class=\"legend\" open><summary>How to read this report</summary><dl>\n")
          .Append("<dt><span class=\"kind\">figure</span></dt><dd>Figures for the same quantity that disagree beyond their qualifiers and rounding.</dd>\n")
          .Append("<dt><span class=\"kind\">attribution</span></dt><dd>The same figure credited to different sources, or one source quoted with different figures.</dd>\n")
          .Append("<dt><span class=\"kind\">update</span></dt><dd>A running total reported again later: a growing count, not a contradiction.</dd>\n")
          .Append("<dt><span class=\"kind\">internal</span></dt><dd>Figures in one article that contradict each other.</dd>\n")
          .Append("<dt><span class=\"severity\">0.00–1.00</span></dt><dd>").Append(E(Wording.SeverityScale)).Append("</dd>\n")
          .Append("<dt>qualifiers</dt><dd>").Append(E(Wording.QualifierReading)).Append("</dd>\n")
          .Append("<dt><strong class=\"claim flagged\">42</strong> <strong class=\"claim\">42</strong></dt><dd>In the article texts, figures named by a disagreement are marked red; other compared figures yellow; their sentences are shaded.</dd>\n")
          .Append("</dl></details>\n");
    }

    private static void AppendErrors(StringBuilder sb, ComparisonReport report)
    {
        if (report.Errors.Length == 0)
        {
            return;
        }

        sb.Append("<section id=\"errors\"><h2>Inputs not read</h2><ul>\n");
        foreach (var e in report.Errors)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li><code>{E(e.Path)}</code>: {E(e.Reason)}</li>\n");
        }

        sb.Append("</ul></section>\n");
    }

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
