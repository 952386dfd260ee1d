using System.Globalization;
using System.Text;
using ClaimCompare.Model;
using ClaimCompare.Text;

namespace ClaimCompare.Reporting;

/// <summary>
/// A plain-text report that reads well in an 80-column terminal: groups with disagreements first, each with
/// its claims side by side (figure, source, outlet, date) and the disagreements under it, then the rest.
/// </summary>
public static class TableReport
{
    /// <summary>Renders the report as text no wider than <paramref name="width"/> columns (at least 60).</summary>
    /// <example><code>Console.WriteLine(TableReport.Write(report, width: Console.WindowWidth, discrepanciesPerGroup: 0));</code></example>
    /// <param name="report">The report.</param>
    /// <param name="width">Columns, at least 60. Default: 80.</param>
    /// <param name="discrepanciesPerGroup">
    /// Most discrepancies shown under one group, most severe first; the rest are counted in one line (the other
    /// formats list them all). 0 shows all. Default: 6, so a story with forty rival figures stays readable.
    /// </param>
    public static string Write(ComparisonReport report, int width = 80, int discrepanciesPerGroup = 6)
    {
        ArgumentNullException.ThrowIfNull(report);
        width = Math.Max(60, width);
        var sb = new StringBuilder();
        var view = new ReportView(report);
        AppendWrapped(sb, "ClaimCompare: " + Wording.Totals(report), width, 0);
        if (report.Discrepancies.Length > 0)
        {
            AppendWrapped(sb, Wording.ShortLegend, width, 0);
        }

        var disputed = view.GroupsDisagreementsFirst().Where(g => view.FlaggedClaims(g.Id).Count > 0).ToList();
        var disputedSet = disputed.ToHashSet();
        var calm = report.Groups.Where(g => !disputedSet.Contains(g)).ToList();
        if (disputed.Count > 0)
        {
            sb.Append("\nGROUPS WITH DISAGREEMENTS\n");
            foreach (var g in disputed)
            {
                AppendGroup(sb, view, g, width, discrepanciesPerGroup);
            }
        }

        if (calm.Count > 0)
        {
            sb.Append(disputed.Count > 0 ? "\nOTHER GROUPS\n" : "\nGROUPS\n");
            foreach (var g in calm)
            {
                AppendGroup(sb, view, g, width, discrepanciesPerGroup);
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
            var meta = string.Join(", ", new[] { Wording.Outlet(a), a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.Where(s => s is not null));
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

        if (report.Warnings.Length > 0)
        {
            sb.Append("\nWARNINGS\n");
            foreach (var w in report.Warnings)
            {
                sb.Append("  ");
                AppendWrapped(sb, $"{w.Path}: {w.Reason}", width, 4);
            }
        }

        return sb.ToString();
    }

    internal static string Number(double value) => NumberText.Format(value);

    private static void AppendGroup(StringBuilder sb, ReportView view, ClaimGroup g, int width, int perGroup)
    {
        var label = ReportView.GroupTitle(g);
        sb.Append('\n');
        AppendWrapped(sb, $"{g.Id}: {label}", width, 4);
        if (g.Consensus is { } c)
        {
            sb.Append("    ");
            AppendWrapped(sb, view.ConsensusLine(g, c), width, 6, 4);
        }

        if (view.VagueBeside(g) is { } vague)
        {
            sb.Append("    ");
            AppendWrapped(sb, vague, width, 6, 4);
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

        var found = view.DiscrepanciesOf(g.Id).ToList();
        var shown = perGroup <= 0 ? found : Pick(found, perGroup, id => view.Claim(id) is { } c ? FigureKey(c) : id);
        foreach (var d in shown)
        {
            AppendDiscrepancy(sb, d, width);
        }

        if (found.Count > shown.Count)
        {
            sb.Append("    ");
            AppendWrapped(sb, string.Create(CultureInfo.InvariantCulture, $"... and {found.Count - shown.Count} more in {g.Id} (shown with --all; the markdown, html and json formats list them all)."), width, 6, 4);
        }
    }

    // The most severe disagreements that each bring a figure not shown yet, so the first lines cover the rival
    // figures rather than one conflict repeated by five outlets; then the rest by severity. The growth of a
    // count (updates) is always shown: it explains why the figures differ.
    private static List<Discrepancy> Pick(List<Discrepancy> found, int most, Func<string, string> figureOf)
    {
        var picked = new HashSet<Discrepancy>(found.Where(d => d.Kind == DiscrepancyKind.Update));
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var budget = most;
        foreach (var d in found.Where(d => d.Kind != DiscrepancyKind.Update))
        {
            if (budget > 0 && d.ClaimIds.Any(id => !covered.Contains(figureOf(id))))
            {
                picked.Add(d);
                covered.UnionWith(d.ClaimIds.Select(figureOf));
                budget--;
            }
        }

        foreach (var d in found.Where(d => d.Kind != DiscrepancyKind.Update && !picked.Contains(d)).Take(budget))
        {
            picked.Add(d);
        }

        return found.Where(picked.Contains).ToList();
    }

    private static string FigureKey(Claim claim) =>
        string.Create(CultureInfo.InvariantCulture, $"{claim.Quantity.Value}|{claim.Quantity.Bound}|{claim.Quantity.RangeEnd}");

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
