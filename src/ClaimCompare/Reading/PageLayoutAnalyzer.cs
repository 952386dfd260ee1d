using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Reading;

/// <summary>
/// Finds the title, outlet, publication date and the page furniture (chrome, captions, footer) of a
/// plain-text page, marking regions without changing the text, so offsets stay those of the file.
/// </summary>
/// <remarks>
/// The page is read as lines. The body starts at the first long sentence-like paragraph; lines before it
/// are header (title, outlet, byline, chrome), the footer starts at the first footer marker after it.
/// Inside the body, media credits, caption echoes and link headlines (short lines with no sentence
/// punctuation) are marked, because they repeat figures that are not the article's claims.
/// </remarks>
internal sealed class PageLayoutAnalyzer
{
    private const int BodyParagraphMinWords = 20;

    private static readonly FrozenSet<string> FooterMarkers = Lexicon.Default.Words("page.footer-marker");

    private static readonly FrozenSet<string> OutletWords = Lexicon.Default.Words("page.outlet-word");

    /// <summary>Analyses a plain-text page: title, outlet, date and every region.</summary>
    public Article Analyze(Article article)
    {
        var text = article.Text;
        var lines = SplitLines(text);
        var regions = new List<TextRegion>();
        var bodyStart = lines.FindIndex(l => IsBodyParagraph(l.Text));
        var footerStart = bodyStart < 0 ? -1 : lines.FindIndex(bodyStart + 1, l => IsFooterMarker(l.Text));
        if (bodyStart < 0)
        {
            bodyStart = 0;
        }

        var outlet = article.Outlet ?? FindOutlet(lines, bodyStart, text);
        var (title, titleLine) = article.Title is { } given ? (given, -1) : FindTitle(lines, bodyStart, outlet);
        var published = article.Published ?? FindPublished(lines, footerStart < 0 ? lines.Count : footerStart);
        var captionTexts = new List<string>();
        var chromeState = ChromeState.None;

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Text.Length == 0)
            {
                continue;
            }

            RegionKind? kind;
            if (footerStart >= 0 && i >= footerStart)
            {
                kind = RegionKind.Footer;
            }
            else if (Chrome(line, text.Length, ref chromeState, regions))
            {
                continue;
            }
            else if (IsCaption(line.Text, outlet))
            {
                kind = RegionKind.Caption;
                captionTexts.Add(StripCredit(line.Text));
            }
            else if (title is not null && SameHeadline(line.Text, title, outlet))
            {
                kind = RegionKind.Title;
            }
            else if (i < bodyStart)
            {
                kind = IsByline(line.Text) ? RegionKind.Byline
                    : i > titleLine && titleLine >= 0 && IsSentence(line.Text) && WordCount(line.Text) >= 8 ? RegionKind.Subtitle
                    : RegionKind.Chrome;
            }
            else if (captionTexts.Any(c => c.Length > 20 && (c.Contains(line.Text.Trim(), StringComparison.Ordinal) || line.Text.Contains(c, StringComparison.Ordinal))))
            {
                kind = RegionKind.Caption;
            }
            else if (!IsSentence(line.Text) && WordCount(line.Text) <= 16)
            {
                kind = RegionKind.Chrome;
            }
            else
            {
                kind = null;
            }

            if (kind is { } k)
            {
                regions.Add(new TextRegion(line.Span, k));
            }
        }

        return article with
        {
            Outlet = outlet,
            Title = title,
            Published = published,
            Regions = Merge(regions),
        };
    }

    /// <summary>
    /// Analyses a JSON article, whose title and metadata are given: only media credits and captions are
    /// marked; the rest is body.
    /// </summary>
    public Article AnalyzeStructured(Article article)
    {
        var regions = new List<TextRegion>();
        var chromeState = ChromeState.None;
        foreach (var line in SplitLines(article.Text))
        {
            if (line.Text.Length == 0 || Chrome(line, article.Text.Length, ref chromeState, regions))
            {
                continue;
            }

            if (IsCaption(line.Text, article.Outlet))
            {
                regions.Add(new TextRegion(line.Span, RegionKind.Caption));
            }
        }

        return regions.Count == 0 ? article : article with { Regions = Merge(regions) };
    }

    /// <summary>
    /// Marks a line of page furniture (<see cref="PageChrome"/>) and returns true, or returns false for any
    /// other line. Headline-shaped lines after a related-stories heading are part of its list.
    /// </summary>
    private static bool Chrome(Line line, int textLength, ref ChromeState state, List<TextRegion> regions)
    {
        if (state == ChromeState.InLinkList && PageChrome.IsLinkedHeadline(line.Text))
        {
            regions.Add(new TextRegion(line.Span, RegionKind.Footer));
            return true;
        }

        // A gallery prints its counter, then the photo's caption: one sentence, but not the story's. A
        // paragraph of several sentences after a counter is the story going on.
        var afterCounter = state == ChromeState.AfterGalleryCounter;
        state = ChromeState.None;
        if (afterCounter && PageChrome.IsCaptionSized(line.Text))
        {
            regions.Add(new TextRegion(line.Span, RegionKind.Caption));
            return true;
        }

        if (PageChrome.IsLinkListHeading(line.Text))
        {
            state = ChromeState.InLinkList;
            regions.Add(new TextRegion(line.Span, RegionKind.Footer));
            return true;
        }

        if (PageChrome.GalleryRun(line.Text) is { } run)
        {
            state = PageChrome.IsBareGalleryCounter(line.Text) ? ChromeState.AfterGalleryCounter : ChromeState.None;
            // A crawled gallery is often one long line of counters and captions: all of it goes. A page whose
            // whole text is one line keeps what stands before the first counter and after the last caption.
            var span = line.Span.Length * 2 <= textLength ? line.Span : new TextSpan(line.Span.Start + run.Start, line.Span.Start + run.End);
            regions.Add(new TextRegion(span, RegionKind.Caption));
            return true;
        }

        if (PageChrome.IsCaptionLine(line.Text))
        {
            regions.Add(new TextRegion(line.Span, RegionKind.Caption));
            return true;
        }

        if (PageChrome.IsEngagementCounts(line.Text) || PageChrome.IsWidgetNotice(line.Text))
        {
            regions.Add(new TextRegion(line.Span, RegionKind.Chrome));
            return true;
        }

        return false;
    }

    /// <summary>What the previous line of furniture says about the next one.</summary>
    private enum ChromeState
    {
        None,
        InLinkList,
        AfterGalleryCounter,
    }

    private static ImmutableArray<TextRegion> Merge(List<TextRegion> regions)
    {
        var merged = ImmutableArray.CreateBuilder<TextRegion>(regions.Count);
        foreach (var region in regions.OrderBy(r => r.Span.Start))
        {
            if (merged.Count > 0 && merged[^1].Kind == region.Kind && merged[^1].Span.End >= region.Span.Start - 2)
            {
                merged[^1] = merged[^1] with { Span = new TextSpan(merged[^1].Span.Start, region.Span.End) };
            }
            else
            {
                merged.Add(region);
            }
        }

        return merged.ToImmutable();
    }

    internal readonly record struct Line(string Text, TextSpan Span);

    /// <summary>Splits into lines; each line's span excludes its leading and trailing white space.</summary>
    internal static List<Line> SplitLines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            lines.Add(new Line(text[s..e], new TextSpan(s, e)));
            start = end + 1;
        }

        return lines;
    }

    private static int WordCount(string line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter || (inWord && c is '-' or '\'' or '’');
        }

        return count;
    }

    private static bool IsSentence(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ')' or ';' or '…';
    }

    private static bool IsBodyParagraph(string line) => WordCount(line) >= BodyParagraphMinWords && IsSentence(line);

    private static bool IsFooterMarker(string line)
    {
        var lower = line.Trim().ToLowerInvariant();
        return FooterMarkers.Any(m => lower.StartsWith(m, StringComparison.Ordinal) && (lower.Length < 60 || m.EndsWith(':')));
    }

    private static bool IsCaption(string line, string? outlet)
    {
        var t = line.TrimStart();
        if (t.StartsWith('©') || t.StartsWith("(c) ", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Photo:", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("Image:", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Credit:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (IsPhotoId(t))
        {
            return true;
        }

        return outlet is not null && t.EndsWith(" - " + outlet, StringComparison.Ordinal) && !t.StartsWith("- ", StringComparison.Ordinal);
    }

    /// <summary>A lone token of digits and underscores, like "13950827000687_photoi".</summary>
    private static bool IsPhotoId(string t) =>
        t.Length >= 8 && !t.Contains(' ') && t.Count(char.IsDigit) >= 6 && t.Any(c => c == '_');

    private static string StripCredit(string line)
    {
        var t = line.Trim();
        if (!t.StartsWith('©') && !t.StartsWith("(c)", StringComparison.OrdinalIgnoreCase))
        {
            return t;
        }

        // "© AFP 2023 / FADI AL-HALABIRebel fighters fire ..." : the caption runs on after the credit's last
        // upper-case word; keep the tail so the caption's echoes elsewhere on the page are recognised.
        var lastSlash = t.LastIndexOf('/');
        if (lastSlash < 0)
        {
            return t;
        }

        var tail = t[(lastSlash + 1)..].Trim();
        for (var i = 1; i < tail.Length; i++)
        {
            if (char.IsUpper(tail[i - 1]) && char.IsUpper(tail[i]) && i + 1 < tail.Length && char.IsLower(tail[i + 1]))
            {
                return tail[i..];
            }
        }

        var mediabank = tail.IndexOf("mediabank", StringComparison.OrdinalIgnoreCase);
        return mediabank >= 0 ? tail[(mediabank + "mediabank".Length)..] : tail;
    }

    private static bool IsByline(string line)
    {
        var lower = line.ToLowerInvariant();
        return lower.StartsWith("published", StringComparison.Ordinal) || lower.StartsWith("posted", StringComparison.Ordinal)
            || lower.StartsWith("updated", StringComparison.Ordinal) || lower.StartsWith("by ", StringComparison.Ordinal);
    }

    private static string? FindOutlet(List<Line> lines, int bodyStart, string text)
    {
        // "- Sputnik International" standing alone at the top of the page.
        foreach (var line in lines.Take(Math.Max(bodyStart, 1)))
        {
            if (line.Text.StartsWith("- ", StringComparison.Ordinal) && WordCount(line.Text) is > 0 and <= 5)
            {
                return line.Text[2..].Trim();
            }
        }

        // "Headline - Islamic Invitation Turkey" where the headline also stands alone.
        foreach (var line in lines.Take(Math.Max(bodyStart, 1)))
        {
            var dash = line.Text.LastIndexOf(" - ", StringComparison.Ordinal);
            if (dash > 0 && WordCount(line.Text[(dash + 3)..]) is > 0 and <= 5)
            {
                var head = line.Text[..dash];
                if (lines.Any(l => !ReferenceEquals(l.Text, line.Text) && NormaliseHeadline(l.Text) == NormaliseHeadline(head)))
                {
                    return line.Text[(dash + 3)..].Trim();
                }
            }
        }

        // A short masthead line ("Al-Ahed Telegram") above the headline.
        foreach (var line in lines.Take(bodyStart))
        {
            var words = line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is >= 2 and <= 4 && !IsSentence(line.Text) && words.All(w => char.IsUpper(w[0]))
                && OutletWords.Contains(words[^1].ToLowerInvariant()))
            {
                return line.Text.Trim();
            }
        }

        // A brand written both as "FreeWestMedia" and "Free West Media" on the page.
        foreach (var token in text.Split([' ', '\n', '\t', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length >= 8 && token.All(char.IsLetter) && token.Count(char.IsUpper) >= 3 && char.IsUpper(token[0]))
            {
                var spaced = string.Concat(token.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + c : c.ToString()));
                if (text.Contains(spaced, StringComparison.Ordinal))
                {
                    return spaced;
                }
            }
        }

        return null;
    }

    private static (string? Title, int Line) FindTitle(List<Line> lines, int bodyStart, string? outlet)
    {
        string? best = null;
        var bestLine = -1;
        var bestWords = 0;
        for (var i = 0; i < bodyStart; i++)
        {
            var line = lines[i].Text;
            if (line.Length == 0 || IsCaption(line, outlet) || IsByline(line) || line.StartsWith("- ", StringComparison.Ordinal))
            {
                continue;
            }

            var candidate = outlet is not null && line.EndsWith(" - " + outlet, StringComparison.Ordinal) ? line[..^(outlet.Length + 3)] : line;
            var words = WordCount(candidate);
            if (words < 3 || words > 25 || (IsSentence(candidate) && !candidate.EndsWith('?') && !candidate.EndsWith('"')))
            {
                continue;
            }

            // Prefer the longer line; the first of equal ones (a headline repeated without the outlet wins over none).
            if (words > bestWords || (words == bestWords && best is not null && best.Length > candidate.Length))
            {
                best = candidate.Trim();
                bestLine = i;
                bestWords = words;
            }
        }

        return (best, bestLine);
    }

    private static bool SameHeadline(string line, string title, string? outlet)
    {
        var candidate = outlet is not null && line.EndsWith(" - " + outlet, StringComparison.Ordinal) ? line[..^(outlet.Length + 3)] : line;
        return NormaliseHeadline(candidate) == NormaliseHeadline(title);
    }

    private static string NormaliseHeadline(string s) =>
        new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static DateOnly? FindPublished(List<Line> lines, int end)
    {
        for (var i = 0; i < end; i++)
        {
            var line = lines[i].Text;
            if (!IsByline(line) && !line.Contains("published", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (TryParseWrittenDate(line, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Finds "November 20, 2016", "20 November 2016" or "2016-11-20" in a line.</summary>
    internal static bool TryParseWrittenDate(string line, out DateOnly date)
    {
        date = default;
        var words = line.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (DateOnly.TryParseExact(words[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                return true;
            }

            if (!CalendarWords.Months.TryGetValue(words[i].TrimEnd('.').ToLowerInvariant(), out var month))
            {
                continue;
            }

            if (i + 2 < words.Length && int.TryParse(words[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && int.TryParse(words[i + 2], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && Valid(year, month, day))
            {
                date = new DateOnly(year, month, day);
                return true;
            }

            if (i >= 1 && i + 1 < words.Length && int.TryParse(words[i - 1], NumberStyles.None, CultureInfo.InvariantCulture, out day)
                && int.TryParse(words[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out year) && Valid(year, month, day))
            {
                date = new DateOnly(year, month, day);
                return true;
            }
        }

        return false;
    }

    private static bool Valid(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
