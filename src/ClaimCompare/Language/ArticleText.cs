using ClaimCompare.Model;

namespace ClaimCompare.Language;

/// <summary>
/// An article's text as the stages read it, computed once per article and handed to each of them: the body split into
/// sentences (chrome, captions and footers left out) and the headline sentences, each cut into pieces once
/// (<see cref="SentenceTokens"/>). Extraction, attribution and the time scope of claims read the same split and the same
/// pieces instead of splitting and tokenizing the text again.
/// </summary>
/// <remarks>Immutable once built, so one instance may be read by several stages and threads.</remarks>
internal sealed class ArticleText
{
    private readonly SentenceTokens[] _sentenceTokens;
    private readonly SentenceTokens[] _titleTokens;

    private ArticleText(Article article, IReadOnlyList<TextSpan> sentences, IReadOnlyList<TextSpan> titles)
    {
        Article = article;
        Sentences = sentences;
        Titles = titles;
        _sentenceTokens = new SentenceTokens[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            _sentenceTokens[i] = SentenceTokens.Of(article.Text, sentences[i]);
        }

        _titleTokens = new SentenceTokens[titles.Count];
        for (var i = 0; i < titles.Count; i++)
        {
            _titleTokens[i] = SentenceTokens.Of(article.Text, titles[i]);
        }
    }

    /// <summary>The article read.</summary>
    public Article Article { get; }

    /// <summary>The article's text (offsets of every span index it).</summary>
    public string Text => Article.Text;

    /// <summary>The body sentences in text order, as <see cref="SentenceSplitter.Split(Article)"/> finds them.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>The sentences of the title regions, in region order (empty when the article has none).</summary>
    public IReadOnlyList<TextSpan> Titles { get; }

    /// <summary>The pieces of body sentence <paramref name="index"/> (of <see cref="Sentences"/>).</summary>
    public SentenceTokens BodyTokens(int index) => _sentenceTokens[index];

    /// <summary>The pieces of title sentence <paramref name="index"/> (of <see cref="Titles"/>).</summary>
    public SentenceTokens TitleTokens(int index) => _titleTokens[index];

    /// <summary>
    /// The pieces of <paramref name="span"/>: those already cut when it is one of the article's sentences or titles,
    /// otherwise cut now (a caller's own span).
    /// </summary>
    public SentenceTokens TokensOf(TextSpan span) =>
        Find(_sentenceTokens, span) ?? Array.Find(_titleTokens, t => t.Span == span) ?? SentenceTokens.Of(Text, span);

    // Body sentences are in text order, so a binary search finds one.
    private static SentenceTokens? Find(SentenceTokens[] all, TextSpan span)
    {
        int lo = 0, hi = all.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var at = all[mid].Span;
            if (at.Start == span.Start)
            {
                return at.End == span.End ? all[mid] : null;
            }

            if (at.Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }

    /// <summary>Reads <paramref name="article"/>: one sentence split of its body and its titles.</summary>
    public static ArticleText Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        List<TextSpan>? titles = null;
        foreach (var region in article.Regions)
        {
            if (region.Kind == RegionKind.Title)
            {
                (titles ??= []).AddRange(SentenceSplitter.Split(article.Text, region.Span));
            }
        }

        return new ArticleText(article, SentenceSplitter.Split(article), titles ?? (IReadOnlyList<TextSpan>)[]);
    }
}
