using ClaimCompare.Model;

namespace ClaimCompare.Language;

/// <summary>
/// An article's text as the stages read it, computed once per article and handed to each of them: the body split into
/// sentences (chrome, captions and footers left out) and the headline sentences. Extraction, attribution and the time
/// scope of claims read the same split instead of splitting the text again.
/// </summary>
/// <remarks>Immutable once built, so one instance may be read by several stages and threads.</remarks>
internal sealed class ArticleText
{
    private ArticleText(Article article, IReadOnlyList<TextSpan> sentences, IReadOnlyList<TextSpan> titles)
    {
        Article = article;
        Sentences = sentences;
        Titles = titles;
    }

    /// <summary>The article read.</summary>
    public Article Article { get; }

    /// <summary>The article's text (offsets of every span index it).</summary>
    public string Text => Article.Text;

    /// <summary>The body sentences in text order, as <see cref="SentenceSplitter.Split(Article)"/> finds them.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>The sentences of the title regions, in region order (empty when the article has none).</summary>
    public IReadOnlyList<TextSpan> Titles { get; }

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
