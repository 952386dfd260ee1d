using System.Collections.Frozen;
using ClaimCompare.Model;
using ClaimCompare.Language;

namespace ClaimCompare.Attribution;

/// <summary>
/// Finds who said what in an article and links claims to their attribution. Thread-safe: all state lives in
/// locals of one call. Linear in the text length (one bounded scan per sentence).
/// </summary>
public sealed class AttributionFinder
{
    /// <summary>Role <c>attribution.by-or-from</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionByOrFromWords = Language.Lexicon.Default.Words("attribution.by-or-from");

    private readonly AttributionOptions _options;

    /// <summary>Creates a finder with the given options (defaults when null).</summary>
    public AttributionFinder(AttributionOptions? options = null) => _options = options ?? AttributionOptions.Default;

    /// <summary>Every attribution relation in the article's body, in offset order.</summary>
    public IReadOnlyList<SourceAttribution> Find(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        try
        {
            return FindCore(ArticleText.Of(article));
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            // Bad text never escapes the public API: an article we cannot read yields no attributions.
            return [];
        }
    }

    /// <summary>Returns the claims with <see cref="Claim.Attribution"/> set where the article credits them to a source.</summary>
    /// <remarks>
    /// A claim takes the attribution whose content holds it (the innermost one when quotes nest). A claim in a sentence
    /// with no cue of its own takes the source of the reported passage it continues (see
    /// <see cref="AttributionOptions.CarryPassages"/>); <see cref="SourceAttribution.Basis"/> says which way the source was
    /// found. Claims in the outlet's own voice keep a null attribution; nothing is guessed.
    /// </remarks>
    public IReadOnlyList<Claim> Attach(Article article, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(claims);
        return claims.Count == 0 ? claims : AttachText(ArticleText.Of(article), claims);
    }

    /// <summary>As <see cref="Attach(Article, IReadOnlyList{Claim})"/>, on an article already read (its sentences split once).</summary>
    internal IReadOnlyList<Claim> AttachText(ArticleText text, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.Count == 0)
        {
            return claims;
        }

        var article = text.Article;
        var sentences = text.Sentences;
        List<SourceAttribution> all;
        try
        {
            all = FindCore(text);
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            return claims;
        }

        // Contents are at most MaxQuoteLength long on each side of a quote carry-over, so only attributions whose content
        // starts shortly before a claim can hold it: a sorted list and a bounded look-back keep this linear.
        var window = 3 * _options.MaxQuoteLength;
        // Only statements credit a figure: "the rebels want 5,000 fighters freed" does not make the figure the rebels' claim.
        var withContent = all.Where(a => a.Content is not null && a.CueClass == CueClass.Speech).OrderBy(a => a.Content!.Value.Start).ToList();
        var starts = withContent.Select(a => a.Content!.Value.Start).ToArray();
        var passages = new PassageCarrier(article.Text, sentences, all, _options);
        var result = new List<Claim>(claims.Count);

        // "Cameras recorded the shooting, and a boy was killed": the figure is in a clause of the writer's own (ClauseScope).
        // Tokens are cut only for a sentence whose claim some content holds, and once for all the pairs asked in a row about it.
        var cutSentence = -1;
        List<Token>? cut = null;
        bool Governs(SourceAttribution a, TextSpan claim)
        {
            var k = passages.SentenceOf(claim.Start);
            if (k < 0 || k != passages.SentenceOf(a.CueSpan.Start))
            {
                return true;
            }

            if (k != cutSentence)
            {
                (cutSentence, cut) = (k, TokenView.Of(text.BodyTokens(k)));
            }

            return ClauseScope.Governs(cut!, a.CueSpan, a.Content!.Value, a.Source.Span, claim);
        }

        foreach (var claim in claims)
        {
            SourceAttribution? best = null;
            var upper = UpperBound(starts, claim.Span.Start);
            for (var k = upper - 1; k >= 0 && starts[k] >= claim.Span.Start - window; k--)
            {
                var attribution = withContent[k];
                var content = attribution.Content!.Value;
                if (!content.Contains(claim.Span) || attribution.Source.Span.Overlaps(claim.Span))
                {
                    continue;
                }

                if ((best is null || content.Length < best.Content!.Value.Length) && Governs(attribution, claim.Span))
                {
                    best = attribution;
                }
            }

            if (best is not null)
            {
                var cueSentence = passages.SentenceOf(best.CueSpan.Start);
                var basis = cueSentence == passages.SentenceOf(claim.Span.Start) ? AttributionBasis.Cue : AttributionBasis.Quotation;
                result.Add(claim with { Attribution = best with { Basis = basis, CueSentence = cueSentence + 1 } });
            }
            else if (_options.CarryPassages && passages.Carry(claim.Span) is { } carried)
            {
                result.Add(claim with { Attribution = carried });
            }
            else
            {
                result.Add(claim);
            }
        }

        return result;
    }

    /// <summary>Index of the first element greater than <paramref name="value"/>.</summary>
    private static int UpperBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Finds every attribution, sentence by sentence.</summary>
    private List<SourceAttribution> FindCore(ArticleText article)
    {
        var text = article.Text;
        var resolver = new ReferenceResolver();
        var result = new List<SourceAttribution>();
        var inQuote = false;
        var lastEnd = 0;
        for (var index = 0; index < article.Sentences.Count; index++)
        {
            var sentence = article.Sentences[index];
            // A quotation never runs over a paragraph break without being reopened, so the state resets there.
            if (lastEnd < sentence.Start && text.AsSpan(lastEnd, sentence.Start - lastEnd).Contains('\n'))
            {
                inQuote = false;
            }

            lastEnd = sentence.End;
            var tokens = TokenView.Of(article.BodyTokens(index));
            List<RawAttribution> raws;
            try
            {
                raws = SentenceScanner.Scan(text, tokens, sentence, ref inQuote);
            }
            catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
            {
                // A rule that trips over one odd sentence loses that sentence only, not the article.
                raws = [];
            }

            if (raws.Count == 0 && _options.ResolveReferences && SentenceScanner.SubjectPerson(text, tokens) is { } subject)
            {
                // "Lt. Gen. Sergei Rudskoi briefed the press. ... he said": a named person as a sentence subject can be referred back to.
                resolver.Remember(subject);
            }

            // Organisations named before the sentence's first cue can be referred to by it ("Richmond police are looking for a man
            // who they say ..."); the others are remembered after the cues, for later sentences.
            // Loops rather than lambdas: a closure per sentence was a measurable share of the reading's allocations.
            var named = _options.ResolveReferences ? NamedOrganisations.In(text, tokens).ToList() : [];
            var firstCue = int.MaxValue;
            foreach (var r in raws)
            {
                firstCue = Math.Min(firstCue, tokens[r.CueFrom].Start);
            }

            foreach (var organisation in named)
            {
                if (organisation.Span.End <= firstCue)
                {
                    resolver.RememberNamed(organisation);
                }
            }

            SourceAttribution? previous = null;
            foreach (var raw in raws)
            {
                var attribution = Build(text, tokens, raw, previous, resolver);
                if (attribution is null)
                {
                    continue;
                }

                if (raw.Cites && previous is not null && previous.Source.Kind != SourceKind.Outlet)
                {
                    // "The mayor said ..., citing a drop in tax receipts": the speaker gives evidence; he still speaks.
                    attribution = new SourceAttribution(previous.Source, attribution.Cue, attribution.CueSpan, previous.Via) { Content = attribution.Content };
                }
                else if (raw.Cites && previous is not null && result.Count > 0 && ReferenceEquals(result[^1], previous))
                {
                    // "Reuters reported, citing the ministry": the ministry speaks, Reuters relays.
                    var relayed = previous with { Source = attribution.Source, Via = previous.Source };
                    result[^1] = relayed;
                    previous = relayed;
                    continue;
                }

                if (attribution.Content is { } rawContent && rawContent.Length > _options.MaxQuoteLength)
                {
                    // No real statement runs for pages: keep the part next to the cue, which also bounds the work below.
                    attribution = attribution with
                    {
                        Content = rawContent.End <= attribution.CueSpan.Start
                            ? new TextSpan(rawContent.End - _options.MaxQuoteLength, rawContent.End)
                            : new TextSpan(rawContent.Start, rawContent.Start + _options.MaxQuoteLength),
                    };
                }

                if (_options.FollowQuotes && attribution.Content is { } content)
                {
                    attribution = attribution with { Content = QuoteSpans.Extend(text, content, sentence, raw.Trailing, _options.MaxQuoteLength) };
                }

                result.Add(attribution);
                previous = attribution;
            }

            foreach (var organisation in named)
            {
                if (organisation.Span.End > firstCue)
                {
                    resolver.RememberNamed(organisation);
                }
            }
        }

        result.Sort((a, b) => a.CueSpan.Start.CompareTo(b.CueSpan.Start));
        return result;
    }

    private SourceAttribution? Build(string text, List<Token> tokens, RawAttribution raw, SourceAttribution? previous, ReferenceResolver resolver)
    {
        var cueSpan = new TextSpan(tokens[raw.CueFrom].Start, tokens[raw.CueTo - 1].End);
        var cue = cueSpan.Slice(text);
        if (raw.InheritsSource)
        {
            return previous is null ? null : new SourceAttribution(previous.Source, cue, cueSpan, previous.Via) { Content = raw.Content, CueClass = raw.Class };
        }

        // "According to court records, ...": "according to" opens a source of its own and is never part of a subject.
        if (raw.SourceFrom >= 0 && raw.SourceFrom < tokens.Count && tokens[raw.SourceFrom].Lower == "according")
        {
            return null;
        }

        // "More News Videos Deputies tell ...": page chrome before the subject is no part of its name.
        var sourceFrom = SpeakerChecks.SkipChrome(tokens, raw.SourceFrom, raw.SourceTo);
        // A predicate adjective opening the subject ends the clause before: with its preposition after it the phrase is that
        // clause's complement and the cue has no subject here; otherwise the subject starts after it.
        var predicate = SpeakerChecks.PredicateAdjective(tokens, sourceFrom, raw.CueFrom);
        if (predicate && Lexicon.InnerPrepositions.Contains(tokens[sourceFrom + 1].Text))
        {
            return null;
        }

        if (predicate && sourceFrom + 1 < raw.SourceTo)
        {
            sourceFrom++;
        }

        var mention = sourceFrom < raw.SourceTo ? MentionBuilder.Build(text, tokens, sourceFrom, raw.SourceTo) : null;
        if (mention is null)
        {
            return null;
        }

        if (raw.SpanTo > raw.SourceTo)
        {
            mention = mention with { Span = new TextSpan(mention.Span.Start, tokens[raw.SpanTo - 1].End) };
        }

        if (mention.Kind == SourceKind.Document && DocumentAuthor(text, tokens, raw.SourceFrom, raw.SourceTo) is { } author)
        {
            // "figures released by the health ministry", "data from the state police", "SOHR's tally": the body that put out
            // the document is the source; the document stays in the role.
            var body = _options.ResolveReferences ? resolver.Resolve(author, remember: false) : author;
            mention = mention with { Name = body.Name, Kind = body.Kind, Role = mention.Name, Affiliation = body.Affiliation };
        }

        if (_options.ResolveReferences)
        {
            // Attitude holders ("The opposition refuses to negotiate") are often bodies or groups the article never quotes; letting them
            // become antecedents would hand a later "he said" to the wrong speaker. A named person is safe: only "he", "she" and
            // the person's own short name can reach back to one ("Ana Ruiz decided to stay. She said ...").
            var resolved = resolver.Resolve(mention, remember: raw.Class == CueClass.Speech);
            if (raw.Class != CueClass.Speech && resolved.Kind == SourceKind.Person && ReferenceResolver.IsFullName(resolved.Name))
            {
                resolver.Remember(resolved);
            }

            mention = resolved;
            if (raw.Class == CueClass.Speech && Lexicon.CueVerbs.TryGetValue(cue.Split(' ')[0], out var lemma) && Lexicon.IssueLemmas.Contains(lemma)
                && IssuedDocument(tokens, raw.CueTo) is { } document)
            {
                // "The centre issued a bulletin": a later "the bulletin said" speaks for the centre.
                resolver.RememberDocument(document, mention);
            }
        }

        SourceMention? via = null;
        if (raw.Via.From >= 0 && MentionBuilder.Build(text, tokens, raw.Via.From, raw.Via.To) is { } channel)
        {
            via = channel with { Kind = SourceKind.Outlet };
            if (_options.ResolveReferences)
            {
                resolver.Remember(via);
            }
        }

        return new SourceAttribution(mention, cue, cueSpan, via) { Content = raw.Content, CueClass = raw.Class };
    }

    /// <summary>
    /// The author of a document phrase: the phrase after "by" or "from" ("figures released by the ministry", "data from the
    /// police", "a tally by the AP") or a possessor before the document noun ("the ministry's figures"); null when none is named.
    /// </summary>
    private static SourceMention? DocumentAuthor(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to - 1; k++)
        {
            if (tokens[k].IsWord && AttributionByOrFromWords.HasWord(tokens[k].Lower) && MentionBuilder.Build(text, tokens, k + 1, to) is { } author && IsAuthor(author))
            {
                return author;
            }
        }

        for (var k = to - 2; k >= from; k--)
        {
            if (tokens[k].IsWord && Lexicon.StripPossessive(tokens[k].Text, out var possessive) is var _ && possessive && Lexicon.DocumentWords.Contains(tokens[k + 1].Text))
            {
                // "the ministry's figures": the possessor phrase is read without its possessive ending.
                var end = k + 1;
                return MentionBuilder.Build(text, tokens, from, end) is { } owner && IsAuthor(owner) ? owner with { Name = Lexicon.StripPossessive(owner.Name, out _) } : null;
            }
        }

        return null;
    }

    private static bool IsAuthor(SourceMention m) =>
        m.Kind is not (SourceKind.Document or SourceKind.Anonymous) || m.Name.Split(' ').Length > 1 && m.Kind == SourceKind.Anonymous
        || m.Kind == SourceKind.Anonymous && Body(m.Name);

    /// <summary>
    /// "a statement from the hospital", "a release from the school": a one-word author is a body when WordNet puts one of the word's
    /// first two meanings under organization (an institution issues texts; "data from the past" or "figures from the region" name none).
    /// </summary>
    private static bool Body(string word) =>
        word.Length > 2 && word.All(char.IsAsciiLetterLower) && Language.WordNet.Default.IsKindOf(word, "organization", Language.WordClass.Noun, maxSense: 2);

    /// <summary>The document noun an issue verb puts out ("issued a bulletin", "released new figures"), within four words, or null.</summary>
    private static string? IssuedDocument(List<Token> tokens, int after)
    {
        for (var k = after; k < tokens.Count && k < after + 4 && tokens[k].IsWord; k++)
        {
            if (Lexicon.DocumentWords.Contains(tokens[k].Text) || Lexicon.IssuedTexts.Contains(tokens[k].Text))
            {
                return tokens[k].Lower;
            }
        }

        return null;
    }
}
