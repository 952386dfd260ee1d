using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCompare.Model;

namespace ClaimCompare.Extraction;

/// <summary>
/// Where an article says its event happened (<see cref="Claim.ArticlePlace"/>), in the order news writing states it:
/// the dateline that opens the body ("SPRINGFIELD, Ill. (AP) —", "DALLAS --"), else a place in the headline ("Two hurt
/// in north Wichita shooting"), else the first place of the lead. Figures that name no place of their own are about
/// this place.
/// </summary>
internal static partial class ArticlePlace
{
    // A dateline opens a line: a place in capitals, optionally a state or country abbreviation, optionally the agency or
    // station in brackets, then a dash. "LAKE BUTLER, Fla. —", "NASHVILLE, Tenn. (WKRN) –", "PHOENIX - ".
    [GeneratedRegex(@"(?m)^[ \t]*(?<name>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:, ?[A-Z][A-Za-z.]{1,14}(?: [A-Z][a-z.]+)?)? ?(?:\([A-Za-z0-9 .&'-]{1,24}\) ?)?(?:—|–|--|-(?= ))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Dateline();

    /// <summary>The dateline's place, title-cased ("Lake Butler"), when the text opens with one within its first lines.</summary>
    public static string? FromDateline(string text, TextSpan body)
    {
        var head = body.Slice(text);
        head = head.Length > 3000 ? head[..3000] : head;
        try
        {
            var match = Dateline().Match(head);
            if (!match.Success)
            {
                return null;
            }

            var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(match.Groups["name"].Value.ToLowerInvariant()).TrimEnd('.');

            // A line of capitals before a dash may be a label ("UPDATE -", "WATCH -"): a dateline's place is named again
            // in the text in ordinary case, or it is not taken.
            return name.Length >= 3 && text.Contains(name, StringComparison.Ordinal) ? name : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>The first place named in the sentence or headline (a name after a place preposition, a side, a control word), or null.</summary>
    public static string? InSentence(string text, int offset)
    {
        var tokens = ScopeTokens.Read(text, offset);
        if (tokens.Count == 0)
        {
            return null;
        }

        var at = new TextSpan(offset, offset);
        var place = PlaceFinder.Find(tokens, offset, at, offset + text.Length);

        // Only a proper name ties an article to one place; a bare "western" or "rebel-held" does not.
        return place is not null && place.Any(char.IsUpper) ? place : null;
    }

    /// <summary>
    /// True when the name is a country, a state or a continent (WordNet: "Syria" is an Asian country, "Ohio" an American
    /// state): a place that holds countless incidents says nothing about which one an article reports.
    /// </summary>
    public static bool IsBroad(string name)
    {
        var wordNet = Language.WordNet.Default;
        var lemma = name.Trim().Replace(' ', '_');
        return wordNet.IsKindOf(lemma, "country", Language.WordClass.Noun, maxSense: 2, ancestorMaxSense: 2)
            || wordNet.IsKindOf(lemma, "state", Language.WordClass.Noun, maxSense: 2, ancestorMaxSense: 2)
            || wordNet.IsKindOf(lemma, "continent", Language.WordClass.Noun, maxSense: 1);
    }

    // The proper name of a place phrase ("northern Wichita" gives "Wichita"), or null.
    private static bool Narrow(string place)
    {
        var name = string.Join(' ', place.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])));
        return name.Length > 0 && !IsBroad(name);
    }

    /// <summary>The article's place: dateline, else headline, else the first place among the lead sentences.</summary>
    /// <param name="article">The article.</param>
    /// <param name="lead">The first body sentences, in text order (a few are enough).</param>
    public static string? Of(Article article, IReadOnlyList<TextSpan> lead)
    {
        var body = article.BodySpans().FirstOrDefault(s => s.End > s.Start);
        if (FromDateline(article.Text, body.End > body.Start ? body : new TextSpan(0, article.Text.Length)) is { } dateline && Narrow(dateline))
        {
            return dateline;
        }

        var title = article.Title;
        if (string.IsNullOrWhiteSpace(title) && article.Regions.FirstOrDefault(r => r.Kind == RegionKind.Title) is { } region)
        {
            title = region.Span.Slice(article.Text);
        }

        if (!string.IsNullOrWhiteSpace(title) && InSentence(title, 0) is { } headline && Narrow(headline))
        {
            return headline;
        }

        foreach (var sentence in lead)
        {
            if (InSentence(sentence.Slice(article.Text), sentence.Start) is { } first && Narrow(first))
            {
                return first;
            }
        }

        return null;
    }
}
