using ClaimCompare.Text;
using System.Globalization;
using System.Text;
using ClaimCompare.Model;

namespace ClaimCompare.Reporting;

/// <summary>Writes each article's text with the claims' sentences highlighted and each figure anchored by its claim id.</summary>
internal static class HtmlArticles
{
    public static void Append(StringBuilder sb, ReportView view)
    {
        var report = view.Report;
        var byArticle = report.Claims.GroupBy(c => c.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        // Figures that a disagreement names stand out in the text, with the disagreements they are part of.
        var flagged = report.Discrepancies
            .Where(d => d.Kind != DiscrepancyKind.Update)
            .SelectMany(d => d.ClaimIds.Select(id => (Claim: id, d.Id)))
            .GroupBy(x => x.Claim, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(x => x.Id).Distinct(StringComparer.Ordinal)), StringComparer.Ordinal);
        sb.Append("<section id=\"articles\"><h2>Articles</h2>\n");
        foreach (var article in report.Articles)
        {
            var claims = byArticle.GetValueOrDefault(article.Id) ?? [];
            sb.Append(CultureInfo.InvariantCulture, $"<article id=\"a-{HtmlReport.E(article.Id)}\"><h3>{HtmlReport.E(article.Title ?? article.Id)}</h3>\n");
            sb.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{HtmlReport.E(Wording.Outlet(article) ?? "outlet unknown")}, {HtmlReport.E(article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated")} · {HtmlReport.E(article.Id)} · {Wording.Count(claims.Count, "claim")}</p>\n");
            if (string.IsNullOrEmpty(article.Text))
            {
                sb.Append("<p class=\"meta\">(text not available)</p>\n");
            }
            else if (claims.Count > 0)
            {
                sb.Append("<div class=\"text\">");
                AppendText(sb, article.Text, claims, flagged);
                sb.Append("</div>\n");
            }

            sb.Append("</article>\n");
        }

        sb.Append("</section>\n");
    }

    /// <summary>
    /// The text with sentences wrapped in <c>mark</c> and figures in <c>strong id="c17"</c>. Spans that do not
    /// fit the text, overlap an earlier figure or cross a sentence edge are left unmarked rather than break the page.
    /// </summary>
    private static void AppendText(StringBuilder sb, string text, List<Claim> claims, Dictionary<string, string> flagged)
    {
        var sentences = MergedSentences(text.Length, claims);
        var figures = new List<Claim>();
        var end = -1;
        foreach (var claim in claims.Where(c => Fits(c.Span, text.Length) && !c.Span.IsEmpty).OrderBy(c => c.Span.Start))
        {
            if (claim.Span.Start >= end && sentences.Count(s => s.Overlaps(claim.Span)) <= 1
                && sentences.All(s => !s.Overlaps(claim.Span) || s.Contains(claim.Span)))
            {
                figures.Add(claim);
                end = claim.Span.End;
            }
        }

        var position = 0;
        var si = 0;
        var fi = 0;
        var inSentence = false;
        while (position < text.Length)
        {
            if (!inSentence && si < sentences.Count && sentences[si].Start == position)
            {
                sb.Append("<mark class=\"sentence\">");
                inSentence = true;
            }

            if (fi < figures.Count && figures[fi].Span.Start == position)
            {
                var f = figures[fi];
                var mark = flagged.TryGetValue(f.Id, out var disputes)
                    ? $"claim flagged\" title=\"disputed: {HtmlReport.E(disputes)}"
                    : "claim";
                sb.Append(CultureInfo.InvariantCulture, $"<strong class=\"{mark}\" id=\"{HtmlReport.E(f.Id)}\">{HtmlReport.E(f.Span.Slice(text))}<sup>{HtmlReport.E(f.Id)}</sup></strong>");
                position = f.Span.End;
                fi++;
            }
            else
            {
                var next = text.Length;
                if (inSentence)
                {
                    next = Math.Min(next, sentences[si].End);
                }
                else if (si < sentences.Count)
                {
                    next = Math.Min(next, sentences[si].Start);
                }

                if (fi < figures.Count)
                {
                    next = Math.Min(next, figures[fi].Span.Start);
                }

                next = Math.Max(next, position + 1);
                sb.Append(HtmlReport.E(text[position..next]));
                position = next;
            }

            if (inSentence && position >= sentences[si].End)
            {
                sb.Append("</mark>");
                inSentence = false;
                si++;
            }
        }

        if (inSentence)
        {
            sb.Append("</mark>");
        }
    }

    private static List<TextSpan> MergedSentences(int length, List<Claim> claims)
    {
        var merged = new List<TextSpan>();
        foreach (var span in claims.Select(c => c.SentenceSpan).Where(s => Fits(s, length) && !s.IsEmpty).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start < merged[^1].End)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    private static bool Fits(TextSpan span, int length) => span.Start >= 0 && span.End <= length && span.Start <= span.End;
}
