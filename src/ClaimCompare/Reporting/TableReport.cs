using System.Globalization;
using System.Text;
using ClaimCompare.Model;

namespace ClaimCompare.Reporting;

/// <summary>A plain-text report that reads well in an 80-column terminal.</summary>
public static class TableReport
{
    /// <summary>Renders the report as text: articles, disagreements first, then groups and the claims.</summary>
    public static string Write(ComparisonReport report, int width = 80)
    {
        ArgumentNullException.ThrowIfNull(report);
        width = Math.Max(60, width);
        var sb = new StringBuilder();
        var view = new ReportView(report);
        sb.Append(CultureInfo.InvariantCulture, $"ClaimCompare: {report.Articles.Length} articles, {report.Claims.Length} claims, {report.Groups.Length} groups, {report.Discrepancies.Length} discrepancies, {report.Errors.Length} errors\n\n");

        sb.Append("ARTICLES\n");
        foreach (var a in report.Articles)
        {
            var meta = string.Join(", ", new[] { a.Outlet, a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.Where(s => s is not null));
            sb.Append(Fit($"  {a.Id}  {a.Title ?? "(no title)"}", width)).Append('\n');
            if (meta.Length > 0)
            {
                sb.Append(Fit($"      {meta}", width)).Append('\n');
            }
        }

        if (report.Discrepancies.Length > 0)
        {
            sb.Append("\nDISAGREEMENTS\n");
            foreach (var d in report.Discrepancies)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  [{ReportJson.KindName(d.Kind)}, severity {d.Severity:0.00}] ");
                AppendWrapped(sb, d.Explanation, width, 4);
                foreach (var id in d.ClaimIds)
                {
                    if (view.Claim(id) is { } claim)
                    {
                        sb.Append(Fit($"    {claim.Surface,-16} {view.SourceName(claim) ?? "(outlet's voice)",-24} {view.Outlet(claim)}", width)).Append('\n');
                    }
                }
            }
        }

        if (report.Groups.Length > 0)
        {
            sb.Append("\nGROUPS\n");
            foreach (var g in report.Groups)
            {
                var consensus = g.Consensus is { } c ? string.Create(CultureInfo.InvariantCulture, $" consensus {Number(c.Low)}-{Number(c.High)}") : string.Empty;
                sb.Append(Fit($"  {g.Id}: {g.Label ?? $"{g.Subject} {g.Predicate}".Trim()}{consensus}", width)).Append('\n');
                foreach (var id in g.ClaimIds)
                {
                    if (view.Claim(id) is { } claim)
                    {
                        sb.Append(Fit($"    {claim.Surface,-16} {view.SourceName(claim) ?? "(outlet's voice)",-24} {view.Outlet(claim)}", width)).Append('\n');
                    }
                }
            }
        }

        sb.Append("\nCLAIMS\n");
        foreach (var claim in report.Claims)
        {
            var what = string.Join(' ', new[] { claim.Subject, claim.Predicate }.Where(s => s is not null));
            var who = view.SourceName(claim) is { } name ? " <- " + name : string.Empty;
            sb.Append(Fit($"  {claim.Id,-5} {claim.ArticleId[..Math.Min(12, claim.ArticleId.Length)],-12} {claim.Surface} {what}{who}", width)).Append('\n');
        }

        if (report.Errors.Length > 0)
        {
            sb.Append("\nERRORS\n");
            foreach (var e in report.Errors)
            {
                sb.Append("  ").Append(e.Path).Append(": ");
                AppendWrapped(sb, e.Reason, width, 4);
            }
        }

        return sb.ToString();
    }

    internal static string Number(double value) =>
        value.ToString(Math.Abs(value) >= 1000 && value == Math.Floor(value) ? "#,0" : "0.##", CultureInfo.InvariantCulture);

    private static string Fit(string line, int width) => line.Length <= width ? line.TrimEnd() : line[..(width - 1)] + "…";

    private static void AppendWrapped(StringBuilder sb, string text, int width, int indent)
    {
        var column = 0;
        var first = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!first && column + word.Length + 1 > width - indent)
            {
                sb.Append('\n').Append(' ', indent);
                column = 0;
            }
            else if (!first)
            {
                sb.Append(' ');
                column++;
            }

            sb.Append(word);
            column += word.Length;
            first = false;
        }

        sb.Append('\n');
    }
}
