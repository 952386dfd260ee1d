using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCompare.Language;
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
        // Only the first 3,000 characters are read, so only they are copied (the body is checked to lie in the text, as
        // a copy of all of it would be).
        ArgumentNullException.ThrowIfNull(text);
        var head = text.AsSpan(body.Start, body.Length).Length > 3000 ? text.Substring(body.Start, 3000) : body.Slice(text);
        try
        {
            var match = Dateline().Match(head);
            if (!match.Success)
            {
                return null;
            }

            var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(match.Groups["name"].Value.ToLowerInvariant()).TrimEnd('.');

            // A line of capitals before a dash may be a label ("UPDATE -", "WATCH -"). A dateline shows itself by a state
            // or an agency after the place, by the place named again in ordinary case, or by WordNet knowing it as a place.
            var marked = match.Value.Contains(',', StringComparison.Ordinal) || match.Value.Contains('(', StringComparison.Ordinal);
            return name.Length >= 3 && (marked || text.Contains(name, StringComparison.Ordinal) || IsPlaceName(name)) ? name : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>The first place named in the sentence or headline (a name after a place preposition, a side, a control word), or null.</summary>
    public static string? InSentence(string text, int offset) => InSentence(ScopeTokens.Read(text, offset), offset, offset + text.Length);

    // The place in words that run from offset from to offset to in the article.
    private static string? InSentence(List<ScopeToken> tokens, int from, int to)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        var at = new TextSpan(from, from);
        var place = PlaceFinder.Find(tokens, from, at, to);

        // Only a proper name ties an article to one place; a bare "western" or "rebel-held" does not.
        return place is not null && place.Any(char.IsUpper) ? place : null;
    }

    // "New Orleans", "Dallas": WordNet knows the name as a city, a town or another kind of location.
    private static bool IsPlaceName(string name) =>
        Language.WordNet.Default.IsKindOf(name.Replace(' ', '_'), "location", Language.WordClass.Noun, maxSense: 2);

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

    /// <summary>A lead sentence is prose: a few words ending as a sentence ends, not a menu line or a caption fragment.</summary>
    public static bool IsProse(string text, TextSpan sentence)
    {
        var slice = sentence.Slice(text).TrimEnd();
        return slice.Length >= 40 && slice[^1] is '.' or '"' or '”' or '\'' or '’';
    }

    /// <summary>The article's place: dateline, else headline, else the first place among the lead sentences.</summary>
    /// <param name="article">The article.</param>
    /// <param name="lead">The body sentences in text order (the first three of prose are read; more may be passed).</param>
    public static string? Of(Article article, IReadOnlyList<TextSpan> lead) => Of(article, lead, null);

    /// <summary>As <see cref="Of(Article, IReadOnlyList{TextSpan})"/>, reading the lead sentences' pieces already cut.</summary>
    /// <param name="text">The article read (its sentences cut into pieces once).</param>
    /// <param name="lead">Body sentences of <paramref name="text"/> in text order.</param>
    public static string? Of(ArticleText text, IReadOnlyList<TextSpan> lead)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Of(text.Article, lead, text);
    }

    private static string? Of(Article article, IReadOnlyList<TextSpan> lead, ArticleText? read)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(lead);
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

        foreach (var sentence in lead.Where(s => IsProse(article.Text, s)).Take(3))
        {
            var place = read is null ? InSentence(sentence.Slice(article.Text), sentence.Start)
                : InSentence(ScopeTokens.Read(read.TokensOf(sentence)), sentence.Start, sentence.End);
            if (place is { } first && Narrow(first))
            {
                return first;
            }
        }

        return null;
    }
}
