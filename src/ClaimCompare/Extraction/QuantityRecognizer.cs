using ClaimCompare.Extraction.Scanning;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Extraction;

/// <summary>
/// Finds quantity expressions in English text: digits with separators and scales ("18,000", "1.5
/// million", "$2bn"), number words ("twenty-one", "five-and-a-half", "a dozen"), qualifiers as bounds
/// ("more than", "nearly", "up to", "about"), ranges ("between 6,000 and 10,000"), vague magnitudes
/// ("dozens of", "tens of thousands"), units and durations ("10-hour", "25 square kilometers", "40%"),
/// and rises and falls ("rose 0.45 per cent"). Dates, years, clock times, ordinals, scores and numbers
/// inside names are left out. A hand-written scanner: linear in the text, no regular expressions.
/// </summary>
/// <remarks>Stateless after construction and thread-safe; share one instance.</remarks>
internal sealed class QuantityRecognizer
{
    private readonly QuantityScanner _scanner;

    /// <summary>Creates a recogniser with the given conventions (defaults when null).</summary>
    public QuantityRecognizer(QuantityConventions? conventions = null)
        : this(conventions, WordNetSenses.Instance)
    {
    }

    /// <summary>Creates a recogniser that reads word meanings from <paramref name="senses"/> (the extractor's; tests swap it).</summary>
    internal QuantityRecognizer(QuantityConventions? conventions, ISenses senses)
    {
        ArgumentNullException.ThrowIfNull(senses);
        Conventions = conventions ?? QuantityConventions.Default;
        _scanner = new QuantityScanner(Conventions, senses);
    }

    /// <summary>The word-to-range conventions in use.</summary>
    public QuantityConventions Conventions { get; }

    /// <summary>Recognises every quantity in <paramref name="text"/>, in offset order. Never throws on odd text.</summary>
    public IReadOnlyList<RecognizedQuantity> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<RecognizedQuantity>();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            foreach (var found in _scanner.Scan(text, sentence.Start, sentence.End, out _))
            {
                result.Add(found.Result);
            }
        }

        return result;
    }

    /// <summary>Recognises the quantities of one sentence (or any stretch treated as one) inside <paramref name="text"/>.</summary>
    public IReadOnlyList<RecognizedQuantity> Recognize(string text, TextSpan within)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Clamp(within.Start, 0, text.Length);
        var end = Math.Clamp(within.End, start, text.Length);
        return _scanner.Scan(text, start, end, out _).Select(f => f.Result).ToList();
    }

    /// <summary>Scans one sentence and returns the internal findings with token positions (for the claim extractor).</summary>
    internal List<Found> Scan(string text, TextSpan sentence, out List<Token> tokens) => _scanner.Scan(text, sentence.Start, sentence.End, out tokens);

    /// <summary>Scans a sentence already cut into pieces (the article's shared reading).</summary>
    internal List<Found> Scan(SentenceTokens sentence, out List<Token> tokens) => _scanner.Scan(sentence, out tokens);
}
