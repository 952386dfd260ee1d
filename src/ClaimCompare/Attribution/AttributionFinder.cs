using ClaimCompare.Model;
using ClaimCompare.Text;

namespace ClaimCompare.Attribution;

/// <summary>
/// Finds who said what in an article and links claims to their attribution. Thread-safe: all state lives in
/// locals of one call. Linear in the text length (one bounded scan per sentence).
/// </summary>
public sealed class AttributionFinder
{
    private readonly AttributionOptions _options;

    /// <summary>Creates a finder with the given options (defaults when null).</summary>
    public AttributionFinder(AttributionOptions? options = null) => _options = options ?? AttributionOptions.Default;

    /// <summary>Every attribution relation in the article's body, in offset order.</summary>
    public IReadOnlyList<SourceAttribution> Find(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        try
        {
            return FindCore(article);
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            // Bad text never escapes the public API: an article we cannot read yields no attributions.
            return [];
        }
    }

    /// <summary>Returns the claims with <see cref="Claim.Attribution"/> set where the article credits them to a source.</summary>
    /// <remarks>
    /// A claim takes the attribution whose content holds it (the innermost one when quotes nest). Claims in the
    /// outlet's own voice keep a null attribution; nothing is guessed.
    /// </remarks>
    public IReadOnlyList<Claim> Attach(Article article, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.Count == 0)
        {
            return claims;
        }

        var attributions = Find(article);
        var result = new List<Claim>(claims.Count);
        foreach (var claim in claims)
        {
            SourceAttribution? best = null;
            foreach (var attribution in attributions)
            {
                if (attribution.Content is not { } content || !content.Contains(claim.Span) || attribution.Source.Span.Overlaps(claim.Span))
                {
                    continue;
                }

                if (best is null || content.Length < best.Content!.Value.Length)
                {
                    best = attribution;
                }
            }

            result.Add(best is null ? claim : claim with { Attribution = best });
        }

        return result;
    }

    private List<SourceAttribution> FindCore(Article article)
    {
        var text = article.Text;
        var resolver = new ReferenceResolver();
        var result = new List<SourceAttribution>();
        foreach (var sentence in SentenceSplitter.Split(article))
        {
            var tokens = Tokenizer.Tokenize(text, sentence);
            var raws = SentenceScanner.Scan(text, tokens, sentence);
            if (raws.Count == 0 && _options.ResolveReferences && SentenceScanner.SubjectPerson(text, tokens) is { } subject)
            {
                // "Lt. Gen. Sergei Rudskoi briefed the press. ... he said": a named person as a sentence subject can be referred back to.
                resolver.Remember(subject);
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
                    // "McConnell said ..., citing the release of prisoners": the speaker gives evidence; he still speaks.
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

                if (_options.FollowQuotes && attribution.Content is { } content)
                {
                    attribution = attribution with { Content = QuoteSpans.Extend(text, content, sentence, raw.Trailing, _options.MaxQuoteLength) };
                }

                result.Add(attribution);
                previous = attribution;
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
            return previous is null ? null : new SourceAttribution(previous.Source, cue, cueSpan, previous.Via) { Content = raw.Content };
        }

        var mention = MentionBuilder.Build(text, tokens, raw.SourceFrom, raw.SourceTo);
        if (mention is null)
        {
            return null;
        }

        if (raw.SpanTo > raw.SourceTo)
        {
            mention = mention with { Span = new TextSpan(mention.Span.Start, tokens[raw.SpanTo - 1].End) };
        }

        if (_options.ResolveReferences)
        {
            mention = resolver.Resolve(mention);
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

        return new SourceAttribution(mention, cue, cueSpan, via) { Content = raw.Content };
    }
}
