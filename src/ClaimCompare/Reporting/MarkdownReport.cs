using ClaimCompare.Text;
using System.Globalization;
using System.Text;
using ClaimCompare.Model;

namespace ClaimCompare.Reporting;

/// <summary>A Markdown report: disagreements first, then each group as a side-by-side table.</summary>
public static class MarkdownReport
{
    /// <summary>Renders the report as Markdown.</summary>
    public static string Write(ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var view = new ReportView(report);
        var sb = new StringBuilder();
        sb.Append("# ClaimCompare report\n\n");
        sb.Append(Wording.Totals(report)).Append(".\n\n");

        sb.Append("## Articles\n\n| id | outlet | date | title |\n|---|---|---|---|\n");
        foreach (var a in report.Articles)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {Cell(a.Id)} | {Cell(Wording.Outlet(a))} | {a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} | {Cell(a.Title)} |\n");
        }

        if (report.Discrepancies.Length > 0)
        {
            sb.Append("\n## Disagreements\n\n");
            sb.Append("> ").Append(Wording.SeverityScale).Append(' ').Append(Wording.QualifierReading).Append("\n\n");
            foreach (var d in report.Discrepancies)
            {
                var where = d.GroupId is null ? string.Empty : $" [{d.GroupId}]";
                sb.Append(CultureInfo.InvariantCulture, $"- {d.Id} **{ReportJson.KindName(d.Kind)}** (severity {d.Severity:0.00}){where}: {Cell(d.Explanation)}\n");
            }
        }

        // Groups with disagreements first, each as a side-by-side table with its disagreements under it.
        foreach (var g in view.GroupsDisagreementsFirst())
        {
            var flagged = view.FlaggedClaims(g.Id);
            sb.Append(CultureInfo.InvariantCulture, $"\n## {(flagged.Count > 0 ? "⚠ " : string.Empty)}{Cell(ReportView.GroupTitle(g))} ({g.Id})\n\n");
            if (g.Consensus is { } c)
            {
                sb.Append(view.ConsensusSentence(g, c)).Append(".\n\n");
            }

            if (view.VagueBeside(g) is { } vague)
            {
                sb.Append(Cell(char.ToUpperInvariant(vague[0]) + vague[1..])).Append(".\n\n");
            }

            AppendClaims(sb, view, g.ClaimIds.Select(view.Claim).OfType<Claim>());
            var own = view.DiscrepanciesOf(g.Id).ToList();
            if (own.Count > 0)
            {
                sb.Append('\n');
                foreach (var d in own)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"- {d.Id} **{ReportJson.KindName(d.Kind)}** ({d.Severity:0.00}): {Cell(d.Explanation)}\n");
                }
            }
        }

        sb.Append("\n## All claims\n\n");
        AppendClaims(sb, view, report.Claims);

        if (report.Errors.Length > 0)
        {
            sb.Append("\n## Errors\n\n");
            foreach (var e in report.Errors)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- `{e.Path}`: {e.Reason}\n");
            }
        }

        if (report.Warnings.Length > 0)
        {
            sb.Append("\n## Warnings\n\n");
            foreach (var w in report.Warnings)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- `{w.Path}`: {w.Reason}\n");
            }
        }

        return sb.ToString();
    }

    private static void AppendClaims(StringBuilder sb, ReportView view, IEnumerable<Claim> claims)
    {
        sb.Append("| claim | figure | what | source | outlet | date | period | place | sentence |\n|---|---|---|---|---|---|---|---|---|\n");
        foreach (var c in claims)
        {
            var date = view.Article(c.ArticleId)?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var what = string.Join(' ', new[] { c.Subject, c.Predicate }.Where(s => s is not null));
            sb.Append(CultureInfo.InvariantCulture, $"| {c.Id} | {Cell(c.Surface)} | {Cell(what)} | {Cell(view.SourceName(c) ?? "(outlet's voice)")} | {Cell(view.Outlet(c))} | {date} | {Cell(ReportView.Period(c))} | {Cell(c.Place)} | {Cell(c.Sentence)} |\n");
        }
    }

    private static string Cell(string? text) =>
        text is null ? string.Empty : text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
