using System.Globalization;
using System.Text;
using ClaimCompare.Model;

namespace ClaimCompare.Reporting;

/// <summary>
/// A plain-text report that reads well in an 80-column terminal: groups with disagreements first, each with
/// its claims side by side (figure, source, outlet, date) and the disagreements under it, then the rest.
/// </summary>
public static class TableReport
{
    /// <summary>Renders the report as text no wider than <paramref name="width"/> columns (at least 60).</summary>
    public static string Write(ComparisonReport report, int width = 80)
    {
        ArgumentNullException.ThrowIfNull(report);
        width = Math.Max(60, width);
        var sb = new StringBuilder();
        var view = new ReportView(report);
        AppendWrapped(sb, string.Create(CultureInfo.InvariantCulture, $"ClaimCompare: {report.Articles.Length} articles, {report.Claims.Length} claims, {report.Groups.Length} groups, {report.Discrepancies.Length} discrepancies, {report.Errors.Length} errors"), width, 0);

        var disputed = view.GroupsDisagreementsFirst().Where(g => view.FlaggedClaims(g.Id).Count > 0).ToList();
        var calm = report.Groups.Where(g => !disputed.Contains(g)).ToList();
        if (disputed.Count > 0)
        {
            sb.Append("\nGROUPS WITH DISAGREEMENTS\n");
            foreach (var g in disputed)
            {
                AppendGroup(sb, view, g, width);
            }
        }

        if (calm.Count > 0)
        {
            sb.Append(disputed.Count > 0 ? "\nOTHER GROUPS\n" : "\nGROUPS\n");
            foreach (var g in calm)
            {
                AppendGroup(sb, view, g, width);
            }
        }

        var loose = report.Discrepancies.Where(d => d.GroupId is null).ToList();
        if (loose.Count > 0)
        {
            sb.Append("\nOTHER DISAGREEMENTS\n");
            foreach (var d in loose)
            {
                AppendDiscrepancy(sb, d, width);
            }
        }

        sb.Append("\nARTICLES\n");
        foreach (var a in report.Articles)
        {
            var meta = string.Join(", ", new[] { a.Outlet, a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.Where(s => s is not null));
            sb.Append(Fit($"  {a.Id}  {a.Title ?? "(no title)"}", width)).Append('\n');
            if (meta.Length > 0)
            {
                sb.Append(Fit($"      {meta}", width)).Append('\n');
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
                sb.Append("  ");
                AppendWrapped(sb, $"{e.Path}: {e.Reason}", width, 4);
            }
        }

        return sb.ToString();
    }

    internal static string Number(double value) =>
        value.ToString(Math.Abs(value) >= 100 ? "#,0" : "0.##", CultureInfo.InvariantCulture);

    private static void AppendGroup(StringBuilder sb, ReportView view, ClaimGroup g, int width)
    {
        var label = ReportView.GroupTitle(g);
        sb.Append('\n');
        AppendWrapped(sb, $"{g.Id}: {label}", width, 4);
        if (g.Consensus is { } c)
        {
            sb.Append(Fit(string.Create(CultureInfo.InvariantCulture, $"    consensus {Number(c.Low)} to {Number(c.High)}, best {Number(c.Median)} ({c.Policy ?? "median"})"), width)).Append('\n');
        }

        // Columns: flag, claim id, figure, source, outlet, date. The flexible columns share what is left.
        var flexible = width - (4 + 6 + 10 + 3);
        var figure = Math.Max(10, flexible * 30 / 100);
        var source = Math.Max(10, flexible * 40 / 100);
        var outlet = Math.Max(8, flexible - figure - source);
        var flagged = view.FlaggedClaims(g.Id);
        sb.Append(Fit($"    {Cell("claim", 5)} {Cell("figure", figure)} {Cell("source", source)} {Cell("outlet", outlet)} date", width)).Append('\n');
        foreach (var id in g.ClaimIds)
        {
            if (view.Claim(id) is not { } claim)
            {
                continue;
            }

            var mark = flagged.Contains(id) ? " ! " : "   ";
            sb.Append(Fit($" {mark}{Cell(id, 5)} {Cell(claim.Surface, figure)} {Cell(view.SourceName(claim) ?? "(outlet)", source)} {Cell(view.Outlet(claim), outlet)} {view.Date(claim)}", width)).Append('\n');
        }

        foreach (var d in view.Report.Discrepancies.Where(d => string.Equals(d.GroupId, g.Id, StringComparison.Ordinal)))
        {
            AppendDiscrepancy(sb, d, width);
        }
    }

    private static void AppendDiscrepancy(StringBuilder sb, Discrepancy d, int width)
    {
        sb.Append("    ");
        AppendWrapped(sb, string.Create(CultureInfo.InvariantCulture, $"[{ReportJson.KindName(d.Kind)} {d.Severity:0.00}] {d.Explanation}"), width, 6, 4);
    }

    private static string Cell(string text, int width)
    {
        text = text.Replace('\n', ' ').Replace('\r', ' ');
        return text.Length <= width ? text.PadRight(width) : text[..(width - 1)] + "…";
    }

    private static string Fit(string line, int width) => line.Length <= width ? line.TrimEnd() : line[..(width - 1)] + "…";

    private static void AppendWrapped(StringBuilder sb, string text, int width, int indent, int firstIndent = 0)
    {
        var column = firstIndent;
        var first = true;
        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Length > width - indent ? raw[..(width - indent - 1)] + "…" : raw;
            if (!first && column + word.Length + 1 > width)
            {
                sb.Append('\n').Append(' ', indent);
                column = indent;
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
