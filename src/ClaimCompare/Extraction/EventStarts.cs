using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Extraction;

/// <summary>
/// The days an article says its events began ("Opposition fighters launched the offensive on October 28"), so that
/// "the first two days of the offensive" can be placed in time. Read once per article, and only when a claim's
/// sentence counts from the start of an event.
/// </summary>
internal static class EventStarts
{
    /// <summary>Event nouns by class (role <c>event:CLASS</c>): a start and a "first N days of ..." must name the same class.</summary>
    private static readonly FrozenDictionary<string, string> Classes = Lexicon.Default.Values("event");

    private static readonly FrozenSet<string> StartVerbs = Lexicon.Default.Words("event.start-verb");

    /// <summary>The class of an event noun ("assault" and "offensive" are one class), or null.</summary>
    public static string? ClassOf(string lowerNoun) => Classes.GetValueOrDefault(lowerNoun);

    /// <summary>
    /// For each event class, the first day the article dates a start of it: a sentence with a start verb, an event
    /// noun of the class and a day that is not the day somebody spoke ("said on Monday").
    /// </summary>
    public static IReadOnlyDictionary<string, DateOnly> Find(ArticleText text)
    {
        var article = text.Article;
        var starts = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        if (article.Published is not { } published || string.IsNullOrEmpty(article.Text))
        {
            return starts;
        }

        for (var i = 0; i < text.Sentences.Count; i++)
        {
            var tokens = ScopeTokens.Read(text.BodyTokens(i));
            string? cls = null;
            var started = false;
            foreach (var token in tokens)
            {
                started |= StartVerbs.Contains(token.Lower);
                cls ??= ClassOf(token.Lower);
            }

            if (started && cls is not null && !starts.ContainsKey(cls) && TimeFinder.FirstDay(tokens, published) is { } day)
            {
                starts[cls] = day;
            }
        }

        return starts;
    }
}
