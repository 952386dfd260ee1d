using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Extraction;

/// <summary>
/// Sets each claim's time scope (<see cref="Claim.Period"/>) and place (<see cref="Claim.Place"/>) from its
/// sentence: "on Thursday", "in three days", "in the past 24 hours", "since Sunday", "last week", "in recent
/// weeks", dates, and "the first two days of the offensive" when the article dates the offensive's start, resolved
/// against <see cref="Article.Published"/>; places from compass sides ("western"),
/// control ("rebel-held") and names after place prepositions. Thread-safe: it holds no state. Each sentence is
/// read once, whatever the number of figures in it, so hostile text with thousands of figures stays linear.
/// </summary>
internal sealed class ScopeAnnotator
{
    /// <summary>Returns the claims with period and place set where the article says them.</summary>
    /// <param name="article">The claims' article.</param>
    /// <param name="claims">Its claims.</param>
    /// <param name="articlePlace">Where the article says its event happened (<see cref="ArticlePlace"/>), or null.</param>
    public IReadOnlyList<Claim> Annotate(Article article, IReadOnlyList<Claim> claims, string? articlePlace = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Annotate(ArticleText.Of(article), claims, articlePlace);
    }

    /// <summary>Returns the claims with period and place set, reading event starts from the sentences already split.</summary>
    /// <param name="text">The article, its sentences split.</param>
    /// <param name="claims">Its claims.</param>
    /// <param name="articlePlace">Where the article says its event happened, or null.</param>
    /// <param name="leadDay">The day of the week the article's lead names (<see cref="IncidentDay.OfLead"/>), or null.</param>
    public IReadOnlyList<Claim> Annotate(ArticleText text, IReadOnlyList<Claim> claims, string? articlePlace = null, string? leadDay = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(claims);
        var article = text.Article;
        if (claims.Count == 0)
        {
            return []; // the article-wide readings below are asked only for an article with a figure
        }

        var result = new Claim[claims.Count];
        var eventStarts = new Lazy<IReadOnlyDictionary<string, DateOnly>>(() => EventStarts.Find(text), LazyThreadSafetyMode.None);
        // Sentences that go on about an earlier event the article recalls carry its time (read once per article).
        var background = BackgroundSpan.Of(text);
        // Whether the attacker died is a fact of the article's incident, told once ("the gunman was killed by police").
        var attackerDied = AttackerFate.Died(text);
        foreach (var sentence in Enumerable.Range(0, claims.Count).GroupBy(i => (claims[i].SentenceSpan, claims[i].Sentence.Length)))
        {
            var indices = sentence.OrderBy(i => claims[i].Span.Start).ToList();
            var first = claims[indices[0]];
            List<ScopeToken> tokens;
            List<TimeFinder.Candidate> times;
            string?[] extents;
            string? sentenceDay;
            try
            {
                tokens = ReadSentence(text, first);
                times = TimeFinder.Candidates(tokens, article.Published, TimeFinder.CountsFromEventStart(tokens) ? eventStarts.Value : null);
                sentenceDay = IncidentDay.Of(tokens);
                var cues = TallyExtent.Cues(tokens, article.Published);
                background.TryGetValue(first.SentenceSpan.Start, out var recall);
                if (recall.Date is { } date)
                {
                    cues.Add(date);
                }

                extents = cues.Count == 0 ? new string?[indices.Count]
                    : TallyExtent.Assign(cues, indices.Select(i => (claims[i].Span, claims[i].Quantity.Unit is null)).ToList(), first.Sentence, first.SentenceSpan.Start);
                for (var k = 0; recall.Extent is not null && k < indices.Count; k++)
                {
                    // Only plain counts carry an extent (a rate or a price keeps its own unit), as in TallyExtent.
                    extents[k] ??= claims[indices[k]].Quantity.Unit is null ? recall.Extent : null;
                }
            }
            catch (ArgumentException)
            {
                // Offsets that do not fit the sentence come from a caller's mistake; keep those claims as they were.
                indices.ForEach(i => result[i] = claims[i]);
                continue;
            }

            string? wording = null; // built once per sentence
            for (var k = 0; k < indices.Count; k++)
            {
                var claim = claims[indices[k]];

                // The place is read in the claim's own clause: between the neighbouring figures of the same sentence.
                var from = k > 0 ? Math.Max(claim.SentenceSpan.Start, claims[indices[k - 1]].Span.End) : claim.SentenceSpan.Start;
                var to = k + 1 < indices.Count ? Math.Min(claim.SentenceSpan.End, claims[indices[k + 1]].Span.Start) : claim.SentenceSpan.End;
                var own = claim.Period ?? TimeFinder.Nearest(times, claim.Span);
                var period = own ?? Default(article.Published);

                // The lead's day is the figure's only when its sentence names no time and no tally of its own.
                var day = sentenceDay ?? (own is null && times.Count == 0 && extents[k] is null ? leadDay : null);
                var place = claim.Place ?? PlaceFinder.Find(tokens, from, claim.Span, to);
                wording ??= EventCues.WordingOf(claim.Sentence);
                var cues = EventCues.Cues(claim, wording);
                result[indices[k]] = claim with { Event = cues.Event, CutOff = cues.CutOff, Wording = cues.Wording, Period = period, Place = place, ArticlePlace = claim.ArticlePlace ?? articlePlace, Extent = claim.Extent ?? extents[k], IncidentDay = claim.IncidentDay ?? (string.IsNullOrEmpty(day) ? null : day), AttackerDied = claim.AttackerDied || attackerDied };
            }
        }

        return result;
    }

    // The article's shared pieces when the claim's sentence is one of its sentences as split; a caller's own sentence is cut here.
    private static List<ScopeToken> ReadSentence(ArticleText text, Claim claim)
    {
        var span = claim.SentenceSpan;
        var shared = span.End - span.Start == claim.Sentence.Length && span.End <= text.Text.Length
            && text.Text.AsSpan(span.Start, span.End - span.Start).SequenceEqual(claim.Sentence);
        return shared ? ScopeTokens.Read(text.TokensOf(span)) : ScopeTokens.Read(claim.Sentence, span.Start);
    }

    private static TimeScope? Default(DateOnly? published) => published is { } day ? new TimeScope(null, day, null) : null;
}
