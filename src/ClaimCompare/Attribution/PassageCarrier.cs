using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>
/// Carries a source over the sentences of its reported passage that have no cue of their own: "The coroner said the
/// victims were shot at close range. Two died at the scene." credits "Two" to the coroner. News writing reports a source's
/// account in runs of sentences and names the source once; the run ends where the writer's own voice or another source
/// takes over. One instance per article and call; not shared.
/// </summary>
/// <remarks>
/// What ends a passage, each a general fact of news writing: a paragraph break (a new paragraph is a new unit of the story),
/// any other cue (a new source or a stance), a quotation mark (a quote without a cue belongs to whoever it is carried from,
/// which <see cref="QuoteSpans"/> decides), a sentence that opens with a change of thread ("Meanwhile", "Elsewhere",
/// "Separately", "In other news", "In a separate incident"), the first person outside a quotation (the writer speaks), and
/// <see cref="AttributionOptions.MaxCarriedSentences"/>. A cue sentence that ends in a colon opens a list: its lines are
/// carried across line breaks while each starts like a list item ("- 6 tanks", "• 3 vehicles", "2) 14 villages").
/// </remarks>
internal sealed class PassageCarrier
{
    /// <summary>Role <c>attribution.unrelated-adjective</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionUnrelatedAdjectiveWords = Language.Lexicon.Default.Words("attribution.unrelated-adjective");

    /// <summary>Role <c>attribution.finite-auxiliary</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionFiniteAuxiliaryWords = Language.Lexicon.Default.Words("attribution.finite-auxiliary");

    /// <summary>Role <c>attribution.topic-shift-adjective</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionTopicShiftAdjectiveWords = Language.Lexicon.Default.Words("attribution.topic-shift-adjective");

    /// <summary>Role <c>attribution.topic-shift-adverb</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionTopicShiftAdverbWords = Language.Lexicon.Default.Words("attribution.topic-shift-adverb");

    /// <summary>Role <c>determiner.indefinite</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> DeterminerIndefiniteWords = Language.Lexicon.Default.Words("determiner.indefinite");

    /// <summary>Longest list a colon opens, in lines; lists in news bulletins are short, and this bounds the look-back.</summary>
    private const int MaxListLines = 25;

    // One array each for every split instead of a new one per call.
    private static readonly char[] ContentSeparators = [' ', ',', '\n', '\t', '"', '“', '”'];
    private static readonly char[] SentenceSeparators = [' ', ',', '\n', '\t'];

    private readonly string _text;
    private readonly IReadOnlyList<TextSpan> _sentences;
    private readonly int[] _starts;
    private readonly AttributionOptions _options;

    /// <summary>For each sentence, the last statement whose cue stands in it, or null.</summary>
    private readonly SourceAttribution?[] _statement;

    /// <summary>For each sentence, whether any cue (statement, attitude or act) stands in it.</summary>
    private readonly bool[] _hasCue;

    /// <summary>For each sentence, <see cref="Continues"/> once known (0 not yet asked, 1 yes, -1 no): every claim looks back over the same sentences.</summary>
    private readonly sbyte[] _continues;

    public PassageCarrier(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<SourceAttribution> attributions, AttributionOptions options)
    {
        _text = text;
        _sentences = sentences;
        _options = options;
        _starts = sentences.Select(s => s.Start).ToArray();
        _statement = new SourceAttribution?[sentences.Count];
        _hasCue = new bool[sentences.Count];
        _continues = new sbyte[sentences.Count];
        foreach (var a in attributions)
        {
            var k = SentenceOf(a.CueSpan.Start);
            if (k < 0)
            {
                continue;
            }

            _hasCue[k] = true;
            // A clause or quotation opens a passage; "listed the damage:" opens a list, whatever its content.
            if (a.CueClass == CueClass.Speech && (ReportsClause(a) || EndsWithColon(sentences[k])) && (_statement[k] is null || _statement[k]!.CueSpan.Start < a.CueSpan.Start))
            {
                _statement[k] = a;
            }
        }
    }

    /// <summary>
    /// True when the attribution reports a proposition (a clause or a quotation), which a passage can go on with; "the rebels
    /// announced an offensive" or "the agency issued a statement" names an act or a text, and the sentences after it are the
    /// writer's account of what happened. A clause is recognised by a finite or past form: an auxiliary, a modal or an -ed word.
    /// </summary>
    private bool ReportsClause(SourceAttribution a)
    {
        if (a.Content is not { } content || content.IsEmpty)
        {
            return false;
        }

        // The content's words read where they lie (no copy of the content, no string per word): most words are short.
        var rest = _text.AsSpan(content.Start, content.Length);
        Span<char> buffer = stackalloc char[64];
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOfAny(ContentSeparators);
            var word = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (word.IsEmpty)
            {
                continue;
            }

            var w = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
            word.ToLowerInvariant(w);
            if (AttributionFiniteAuxiliaryWords.HasWord((ReadOnlySpan<char>)w)
                || w.Length > 4 && w.EndsWith("ed") && !w.EndsWith("eed"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the sentence that holds the offset, or -1 before the first sentence.</summary>
    public int SentenceOf(int offset)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }

    /// <summary>The attribution carried to a claim at <paramref name="span"/>, marked <see cref="AttributionBasis.Carried"/>, or null.</summary>
    public SourceAttribution? Carry(TextSpan span)
    {
        var s = SentenceOf(span.Start);
        if (s <= 0 || _hasCue[s] || !Continues(s))
        {
            return null;
        }

        var list = StartsListItem(_sentences[s]);
        for (var j = s - 1; j >= 0 && j >= s - (list ? MaxListLines : _options.MaxCarriedSentences); j--)
        {
            var breaks = LineBreaks(_sentences[j].End, _sentences[j + 1].Start);
            if (_hasCue[j])
            {
                if (_statement[j] is not { } source)
                {
                    return null;
                }

                // Prose runs on within the paragraph; a list runs on from a cue sentence that ends in a colon.
                var opensList = list && EndsWithColon(_sentences[j]);
                if (breaks > 0 && !opensList || breaks == 0 && list && !opensList)
                {
                    return null;
                }

                return source with { Basis = AttributionBasis.Carried, CueSentence = j + 1 };
            }

            // Between the cue sentence and the claim: prose stays in one paragraph, a list keeps to list items.
            if (list ? !StartsListItem(_sentences[j]) && !EndsWithColon(_sentences[j]) : breaks > 0 || !Continues(j))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True when the sentence can continue a reported passage: no quotation mark, no change of thread, no first person.</summary>
    private bool Continues(int k)
    {
        if (_continues[k] == 0)
        {
            _continues[k] = ReadContinues(k) ? (sbyte)1 : (sbyte)-1;
        }

        return _continues[k] > 0;
    }

    private bool ReadContinues(int k)
    {
        var sentence = _sentences[k].Slice(_text);
        if (sentence.AsSpan().IndexOfAny("\"“”") >= 0)
        {
            return false;
        }

        var words = sentence.Split(SentenceSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        var first = words[0].ToLowerInvariant();
        var second = words.Length > 1 ? words[1].ToLowerInvariant() : string.Empty;
        if (AttributionTopicShiftAdverbWords.HasWord(first) || first == "in" && AttributionTopicShiftAdjectiveWords.HasWord(second)
            || first == "in" && DeterminerIndefiniteWords.HasWord(second) && words.Length > 2 && AttributionUnrelatedAdjectiveWords.HasWord(words[2].ToLowerInvariant()))
        {
            return false;
        }

        // "We counted 40 trucks": outside quotation marks, the first person is the writer's own voice.
        if (words.Any(w => w is "I" or "we" or "We" or "our" or "Our" or "us"))
        {
            return false;
        }

        // Reported speech runs in the past ("the agency reported rebels marched ... Two were killed"); a sentence whose first
        // auxiliary is in the present ("The plant has employed about 400 people since 1998") is the writer's background.
        foreach (var w in words)
        {
            switch (w.ToLowerInvariant())
            {
                case "was" or "were" or "had" or "did":
                    return true;
                case "is" or "are" or "has" or "have" or "does" or "do" or "am":
                    return false;
            }
        }

        return true;
    }

    private bool EndsWithColon(TextSpan sentence)
    {
        var end = sentence.End - 1;
        while (end >= sentence.Start && char.IsWhiteSpace(_text[end]))
        {
            end--;
        }

        return end >= sentence.Start && _text[end] == ':';
    }

    /// <summary>True when the sentence opens its line with a list mark: a dash or bullet, or a number followed by ")" or ".".</summary>
    private bool StartsListItem(TextSpan sentence)
    {
        if (sentence.Start >= sentence.End)
        {
            return false;
        }

        for (var i = sentence.Start - 1; i >= 0 && _text[i] != '\n'; i--)
        {
            if (!char.IsWhiteSpace(_text[i]))
            {
                return false;
            }
        }

        var c = _text[sentence.Start];
        if (c is '-' or '•' or '*' or '·' or '–' or '—' or '▪')
        {
            return true;
        }

        var k = sentence.Start;
        while (k < sentence.End && k < sentence.Start + 3 && char.IsAsciiDigit(_text[k]))
        {
            k++;
        }

        return k > sentence.Start && k + 1 < sentence.End && _text[k] is ')' or '.' && _text[k + 1] == ' ';
    }

    private int LineBreaks(int from, int to)
    {
        var n = 0;
        for (var i = from; i < to && i < _text.Length; i++)
        {
            n += _text[i] == '\n' ? 1 : 0;
        }

        return n;
    }
}
