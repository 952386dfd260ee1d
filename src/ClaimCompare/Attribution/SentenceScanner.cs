using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>One attribution found in a sentence, before names are resolved: token ranges into the sentence.</summary>
internal sealed record RawAttribution(int CueFrom, int CueTo, int SourceFrom, int SourceTo)
{
    /// <summary>The channel phrase ("Sputnik" in "told Sputnik"), or (-1, -1).</summary>
    public (int From, int To) Via { get; init; } = (-1, -1);

    /// <summary>The attributed text.</summary>
    public TextSpan? Content { get; init; }

    /// <summary>True when the speaker is the previous speaker in the sentence (", adding that ...").</summary>
    public bool InheritsSource { get; init; }

    /// <summary>True for ", citing X": X becomes the source and the previous speaker its channel.</summary>
    public bool Cites { get; init; }

    /// <summary>Where the source span ends when it runs past the name (to a relative "who"); -1 when it ends at <see cref="SourceTo"/>.</summary>
    public int SpanTo { get; init; } = -1;

    /// <summary>True when the content stands before the cue ("..., the ministry said").</summary>
    public bool Trailing { get; init; }

    /// <summary>Statement or attitude, from the cue verb.</summary>
    public CueClass Class { get; init; }
}

/// <summary>
/// Finds cues and their source phrases in one sentence with a single left-to-right pass; each look-around is
/// bounded by <see cref="Phrases.MaxLength"/>, so the scan is linear in the sentence length.
/// </summary>
internal static partial class SentenceScanner
{
    /// <summary>Role <c>attribution.auxiliary-gap</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionAuxiliaryGapWords = Language.Lexicon.Default.Words("attribution.auxiliary-gap");

    /// <summary>Role <c>attribution.he-or-she</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionHeOrSheWords = Language.Lexicon.Default.Words("attribution.he-or-she");

    /// <summary>Role <c>attribution.headline-function-word</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionHeadlineFunctionWordWords = Language.Lexicon.Default.Words("attribution.headline-function-word");

    /// <summary>Role <c>attribution.not-holder</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionNotHolderWords = Language.Lexicon.Default.Words("attribution.not-holder");

    /// <summary>Role <c>attribution.said-or-says</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionSaidOrSaysWords = Language.Lexicon.Default.Words("attribution.said-or-says");

    /// <summary>Role <c>attribution.speech-lemma</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionSpeechLemmaWords = Language.Lexicon.Default.Words("attribution.speech-lemma");

    /// <summary>
    /// Scans one sentence; <paramref name="inQuote"/> says whether it opens inside a quotation and is updated to its end state.
    /// At each word the first rule of <see cref="WordRules"/> that triggers and matches gives an attribution and the walk goes on
    /// after its cue; when none matched anywhere, <see cref="SentenceRules"/> are tried on the whole sentence.
    /// </summary>
    public static List<RawAttribution> Scan(string text, IReadOnlyList<Token> tokens, TextSpan sentence, ref bool inQuote)
    {
        var s = new ScanState(text, tokens, sentence, inQuote);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            s.AfterSpeech |= t.IsWord && Lexicon.CueVerbs.TryGetValue(t.Text, out var seen) && AttributionSpeechLemmaWords.HasWord(seen);
            if (t.Kind == TokenKind.Quote)
            {
                s.InQuote = QuoteState(text, t, s.InQuote);
                continue;
            }

            if (!t.IsWord)
            {
                continue;
            }

            foreach (var rule in WordRules)
            {
                if (rule.Triggers(s, i) && rule.TryMatch(s, i) is { } raw)
                {
                    s.Found.Add(raw);
                    i = Math.Max(i, raw.CueTo - 1);
                    break;
                }
            }
        }

        if (s.Found.Count == 0)
        {
            foreach (var rule in SentenceRules)
            {
                if (rule.TryMatch(s) is { } raw)
                {
                    s.Found.Add(raw);
                    break;
                }
            }
        }

        inQuote = s.InQuote;
        return Trim(tokens, s.Found, sentence);
    }

    /// <summary>
    /// A title-case line ("Mayor Vows To Close Three Depots"): at least four words, nearly all capitalised, no sentence-final
    /// period after a lower-case word. Headlines capitalise their verbs, so a capitalised cue form can be a verb there.
    /// </summary>
    private static bool IsHeadline(IReadOnlyList<Token> tokens)
    {
        int words = 0, capitalised = 0;
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Word)
            {
                words++;
                if (t.IsCapitalized || AttributionHeadlineFunctionWordWords.HasWord(t.Lower))
                {
                    capitalised += t.IsCapitalized ? 1 : 0;
                }
                else
                {
                    return false;
                }
            }
        }

        return words >= 4 && capitalised * 4 >= words * 3;
    }

    /// <summary>
    /// In a headline, the present-tense third-person form of a cue verb ("Vows", "Seeks", "Slams") is the verb; a form that is also
    /// a plural noun ("Shows", "Calls") must have words after it ("New Survey Shows Narrow Lead", not "... Over Budget Comments").
    /// </summary>
    private static bool HeadlineVerb(IReadOnlyList<Token> tokens, int i, string lemma) =>
        tokens[i].Lower != lemma && tokens[i].Lower.EndsWith('s')
        && (!Lexicon.NounLikeForms.Contains(tokens[i].Text) || !Lexicon.IsAction(lemma) && i + 1 < tokens.Count && (tokens[i + 1].IsWord || tokens[i + 1].Kind == TokenKind.Quote));

    /// <summary>
    /// The quotation state after a double quotation mark: curly and guillemet marks say which side they are on, straight
    /// marks (and the doubled '' some papers use) toggle. Single marks are left alone: they are apostrophes as often as quotes.
    /// </summary>
    private static bool QuoteState(string text, Token quote, bool inQuote)
    {
        var c = quote.Text[0];
        return c switch
        {
            '“' or '«' => true,
            '”' or '»' => false,
            '"' => !inQuote,
            // The doubled '' counts once, at the last pair of a run: "a 'fluke,''' the coach said" closes a single and then the double mark.
            '\'' when quote.End < text.Length && text[quote.End] == '\'' && (quote.End + 1 >= text.Length || text[quote.End + 1] != '\'') => !inQuote,
            _ => inQuote,
        };
    }

    /// <summary>
    /// An attitude is reported about a third party named in the writer's or a source's narrative: attitudes voiced inside a
    /// quotation ("we want", "nobody knows" in a speaker's words), in the first or second person, by a generic
    /// "nobody"/"someone", or hung on a relative clause ("people who want") are part of what is said, not a new attribution.
    /// </summary>
    private static bool PlausibleHolder(IReadOnlyList<Token> tokens, RawAttribution raw, bool inQuote)
    {
        if (inQuote || raw.InheritsSource || raw.SourceFrom < 0)
        {
            return false;
        }

        var head = tokens[raw.SourceTo - 1].Lower;
        if (NegatedUniversal(tokens, raw.SourceFrom, raw.SourceTo))
        {
            return true;
        }

        // "Later that week, it criticised the referee": "it" as the subject of a finite verb refers back to a body; before a participle
        // ("It might widen the ban, aiming at ...") it is too often a dummy or a country's plan.
        if (head == "it")
        {
            return raw.SourceTo - raw.SourceFrom == 1 && !tokens[raw.CueFrom].Lower.EndsWith("ing", StringComparison.Ordinal);
        }

        return !AttributionNotHolderWords.HasWord(head);
    }

    /// <summary>
    /// "She said she plans ... the $7 million she says her foundation collected", "the release noted they had earlier said": a pronoun
    /// speaker inside another speaker's reported content restates that content; the outer speaker is the source. A pronoun
    /// opening a new clause ("..., but he said ...", "though she noted ...") starts a statement of its own, and so does "which he
    /// said were ...", which reports that person's words about a thing of the outer content.
    /// </summary>
    private static bool NestedPronoun(IReadOnlyList<Token> tokens, RawAttribution raw, List<RawAttribution> found, Token cue) =>
        raw.SourceFrom >= 1 && tokens[raw.SourceFrom - 1].IsWord
        && (raw.SourceTo - raw.SourceFrom == 1 && Lexicon.Pronouns.Contains(tokens[raw.SourceFrom].Text) || raw.SpanTo < 0 && EmbeddedClause(tokens[raw.SourceFrom - 1]))
        && !NewClause(tokens[raw.SourceFrom - 1]) && !(tokens[raw.SourceFrom - 1].Lower == "which" && AttributionHeOrSheWords.HasWord(tokens[raw.SourceFrom].Lower) && AttributionSaidOrSaysWords.HasWord(cue.Lower))
        && found.Exists(f => !f.Trailing && f.Content is { } c && c.Contains(cue.Start));

    /// <summary>
    /// "the changes, which officials said will take effect in May": an auxiliary or a form of "be" right after the cue opens the
    /// reported clause whose subject is the relative pronoun, so the relative clause reports the speaker's words about the noun.
    /// </summary>
    private static bool SubjectGapAfter(IReadOnlyList<Token> tokens, int cueTo) =>
        cueTo < tokens.Count && tokens[cueTo].IsWord && (Lexicon.BeForms.Contains(tokens[cueTo].Text) || AttributionAuxiliaryGapWords.HasWord(tokens[cueTo].Lower));

    /// <summary>
    /// "what she called a 'reckless waste'", "which critics say favours ...", "short of what he asked for", "whatever they
    /// needed": a naming, a free relative or a parenthetical inside a
    /// relative clause labels a noun phrase of the writer's sentence rather than reporting a statement.
    /// </summary>
    private static bool Labelled(IReadOnlyList<Token> tokens, RawAttribution raw, string lemma) =>
        raw.SourceFrom >= 1 && tokens[raw.SourceFrom - 1].IsWord
        && (tokens[raw.SourceFrom - 1].Lower == "what" && lemma == "call"
            || tokens[raw.SourceFrom - 1].Lower == "which" && lemma == "say" && !(raw.SourceTo - raw.SourceFrom == 1 && AttributionHeOrSheWords.HasWord(tokens[raw.SourceFrom].Lower))
               && !SubjectGapAfter(tokens, raw.CueTo)
            || tokens[raw.SourceFrom - 1].Lower == "whatever"
            || tokens[raw.SourceFrom - 1].Lower == "what" && raw.SourceTo - raw.SourceFrom == 1 && Lexicon.Pronouns.Contains(tokens[raw.SourceFrom].Text));
}
