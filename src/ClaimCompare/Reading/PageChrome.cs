using System.Collections.Frozen;
using ClaimCompare.Language;
using System.Text.RegularExpressions;
using ClaimCompare.Model;

namespace ClaimCompare.Reading;

/// <summary>
/// Lines of a web page that belong to its furniture rather than its story, recognised by shapes every news
/// site shares: photo-gallery counters ("Image 3 of 12", "Photo 2/8"), captions that end in a photo credit,
/// headings of related-story lists and the headlines under them, share and comment counts, and widget
/// notices ("Please wait...", "Back to top"). Their figures are counters, other stories' tolls or
/// repeats of the story's own, never the article's claims. Used for text pages, extracted web pages and
/// JSON articles alike; a line of running prose never has these shapes.
/// </summary>
internal static partial class PageChrome
{
    // Words of the engagement widgets that print counts ("87 Comments", "Shares: 342", "1.2K likes").
    private static readonly FrozenSet<string> EngagementWords = Lexicon.Default.WordsIgnoringCase("page.engagement-word");

    // Notices of page widgets: loading states, jump links, advertising labels.
    private static readonly FrozenSet<string> WidgetNotices = Lexicon.Default.Words("page.widget-notice");

    // Headings of lists of other stories; the headlines under them are other articles' news.
    private static readonly FrozenSet<string> LinkListHeadings = Lexicon.Default.Words("page.link-list-heading");

    // "Related coverage", "Related stories": a list word after the heading.
    private static readonly FrozenSet<string> ListWords = Lexicon.Default.Words("page.list-word");

    /// <summary>"Image 3 of 12", "Photo 2/8", "Slide 4 of 10", "Image 1 of / 9": a gallery's position counter.</summary>
    [GeneratedRegex(@"\b(?:image|photo|picture|slide|foto)s?\s+\d{1,3}\s*(?:of|/)\s*/?\s*\d{1,3}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GalleryCounter();

    /// <summary>"1 / 44 Back to Gallery": the counter some galleries print before their back link.</summary>
    [GeneratedRegex(@"\b\d{1,3}\s*/\s*\d{1,3}\s+back to gallery\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GalleryBackLink();

    /// <summary>A credit at the end of a caption: "(Photo: Name / Outlet)", "(AP Photo/Name)", "(Getty Images)".</summary>
    [GeneratedRegex(@"\((?:[A-Z]{2,6}\s+)?(?:photo|photos|photograph|image|file photo|video)\b[^()]{0,80}\)\s*$|\([^()]{0,60}\b(?:getty images|shutterstock|via reuters|via ap)\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();

    /// <summary>The start of a caption or credit line: "Photo by", "Photos:", "Buy Photo", "File photo", "Courtesy of".</summary>
    [GeneratedRegex(@"^(?:buy photo|photos? by\b|photos?:|photograph:|file photo|courtesy of\b|courtesy photo|image courtesy|pictured:|\(photo\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingCredit();

    /// <summary>Short enough for a photo caption: one sentence of at most 30 words.</summary>
    public static bool IsCaptionSized(string line)
    {
        if (WordCount(line) > 30)
        {
            return false;
        }

        for (var i = 1; i + 2 < line.Length; i++)
        {
            if (line[i] is '.' or '!' or '?' && line[i + 1] == ' ' && char.IsUpper(line[i + 2]) && !char.IsUpper(line[i - 1]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A line that is a gallery counter and little else ("Image 2 of 12", "Photo 3/12 · Name"): its caption follows.</summary>
    public static bool IsBareGalleryCounter(string line) => GalleryCounter().IsMatch(line) && WordCount(line) <= 6;

    /// <summary>Where the gallery run in a line starts and ends: from the first counter to the end of the sentence after the last.</summary>
    public static TextSpan? GalleryRun(string line)
    {
        if (!GalleryCounter().IsMatch(line) && !GalleryBackLink().IsMatch(line))
        {
            return null; // most lines: no match lists to build
        }

        var counters = GalleryCounter().Matches(line).Cast<Match>().Concat(GalleryBackLink().Matches(line)).OrderBy(m => m.Index).ToList();
        if (counters.Count == 0)
        {
            return null;
        }

        var start = counters[0].Index;
        var last = counters[^1];
        var end = line.IndexOfAny(['.', '!', '?'], last.Index + last.Length);
        return new TextSpan(start, end < 0 ? line.Length : end + 1);
    }

    /// <summary>A caption line: starts with a credit, or ends with one in brackets.</summary>
    public static bool IsCaptionLine(string line) => LeadingCredit().IsMatch(line.TrimStart()) || TrailingCredit().IsMatch(line.TrimEnd());

    /// <summary>A line holding nothing but engagement counts and their words ("87 Comments", "1,024 likes · 210 shares").</summary>
    public static bool IsEngagementCounts(string line)
    {
        if (WordCount(line) is 0 or > 12)
        {
            return false;
        }

        var words = Words(line);

        var engagement = 0;
        foreach (var word in words)
        {
            if (EngagementWords.Contains(word))
            {
                engagement++;
            }
            else if (!IsCount(word))
            {
                return false;
            }
        }

        return engagement > 0;
    }

    /// <summary>A short notice of a page widget ("Please Wait...", "Back to top ↑", "Advertisement").</summary>
    public static bool IsWidgetNotice(string line)
    {
        // Lower-casing and trimming keep the word count, so long lines leave before the lower-case copy.
        if (WordCount(line) > 8)
        {
            return false;
        }

        var lower = line.Trim().ToLowerInvariant();
        return WordCount(lower) <= 8 && WidgetNotices.Any(n => lower.StartsWith(n, StringComparison.Ordinal)
            && (lower.Length == n.Length || !char.IsLetter(lower[n.Length])));
    }

    /// <summary>
    /// A heading of a list of other stories ("Related stories", "READ MORE:"), alone or with the first linked
    /// headline on the same line ("RELATED: Two hurt in crash on Route 9").
    /// </summary>
    public static bool IsLinkListHeading(string line)
    {
        var lower = line.Trim().ToLowerInvariant();
        foreach (var heading in LinkListHeadings)
        {
            if (!lower.StartsWith(heading, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = lower[heading.Length..];
            var restWords = WordCount(rest);

            // "Related" is a heading alone, or followed by a list word ("Related Coverage") or a colon and a
            // headline; a sentence that merely starts with the word ("Related charges were filed...") is not.
            // The linked text is a headline: short and not ended like a sentence ("PREVIOUS STORY: The toll
            // rose to five." is the story's own earlier text, not a link).
            var headlineAfter = restWords <= 25 && !EndsLikeSentence(lower);
            var colon = heading.EndsWith(':') || rest.TrimStart().StartsWith(':') || rest.TrimStart().StartsWith('|');
            var namesSection = heading == "more from" && restWords <= 5;
            if (restWords == 0 || (headlineAfter && (colon || namesSection || StartsWithListWord(rest))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A headline in a link list: short, and not ended like a sentence.</summary>
    public static bool IsLinkedHeadline(string line) => WordCount(line) is > 0 and <= 20 && !EndsLikeSentence(line);

    private static bool StartsWithListWord(string rest)
    {
        var first = Words(rest).FirstOrDefault();
        return first is not null && ListWords.Contains(first);
    }

    private static bool EndsLikeSentence(string line)
    {
        var t = line.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '"' or '”';
    }

    // "1.2K", "3m": one array for every count instead of a new one per call.
    private static readonly char[] ScaleLetters = ['k', 'K', 'm', 'M'];

    private static bool IsCount(string word)
    {
        var w = word.TrimEnd(ScaleLetters);
        return w.Length > 0 && w.All(c => char.IsDigit(c) || c is ',' or '.');
    }

    // Most rules only count the words of a line; counting allocates nothing (the rules run once per rule per line).
    private static int WordCount(string line)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            if (IsInWord(line, i, start >= 0))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                count++;
                start = -1;
            }
        }

        return count;
    }

    private static bool IsInWord(string line, int i, bool inWord) =>
        i < line.Length && (char.IsLetterOrDigit(line[i]) || (inWord && line[i] is ',' or '.' or '\'' && i + 1 < line.Length && char.IsLetterOrDigit(line[i + 1])));

    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var inWord = IsInWord(line, i, start >= 0);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(line[start..i]);
                start = -1;
            }
        }

        return words;
    }
}
