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
    /// <summary>Scans one sentence; <paramref name="inQuote"/> says whether it opens inside a quotation and is updated to its end state.</summary>
    public static List<RawAttribution> Scan(string text, IReadOnlyList<Token> tokens, TextSpan sentence, ref bool inQuote)
    {
        var found = new List<RawAttribution>();
        var headline = IsHeadline(tokens);
        var afterSpeech = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            afterSpeech |= t.IsWord && Lexicon.CueVerbs.TryGetValue(t.Text, out var seen) && seen is "say" or "tell" or "claim" or "write" or "add" or "argue" or "insist" or "note";
            if (t.Kind == TokenKind.Quote)
            {
                inQuote = QuoteState(text, t, inQuote);
                continue;
            }

            if (!t.IsWord)
            {
                continue;
            }

            RawAttribution? raw = null;
            if (t.Lower == "according" && i + 1 < tokens.Count && tokens[i + 1].Lower == "to")
            {
                raw = According(tokens, i, sentence);
            }
            else if ((Lexicon.CueVerbs.TryGetValue(t.Text, out var lemma) || !t.IsCapitalized && CommunicationVerbs.TryGet(t.Lower, out lemma, out _)) && (!t.IsCapitalized || i <= FirstContentToken(tokens) || t.Text is "Says" or "Tells" || (headline && HeadlineVerb(tokens, i, lemma)))
                && FigureVerbSense(tokens, i, lemma))
            {
                // A capitalised cue word inside a sentence is part of a name ("the United States", "The Washington Post"),
                // except the forms that only headline verbs take ("Senator Hale Says").
                // A sense that reports nothing ("went to see the harbour", "to find a way") stays out of non-finite clauses too.
                raw = Verb(tokens, i, lemma, sentence, found.Count > 0) ?? (OtherSense(tokens, i, lemma) ? null : Nonfinite(tokens, i, lemma, sentence, found));

                // "The levy, first proposed by Okafor, ...": a participle before "by" and its agent was read with the phrase before it as
                // subject; the agent is the source. (Adding the construction where no subject was read made 2 predictions on PolNeAR dev, 1 right.)
                if (raw is not null && raw.SourceFrom >= 0 && raw.SourceFrom < i && !raw.Trailing && ByAgent(tokens, i, lemma, sentence) is { } agent)
                {
                    raw = agent;
                }
                if (raw is not null && (Lexicon.AttitudeLemmas.Contains(lemma) || Lexicon.IsAction(lemma)))
                {
                    // "The senator said she now believes ...": an attitude inside what someone says is part of the statement.
                    // A coordinating or concessive conjunction opens a clause of its own: "5 percent prefer X and 1 percent support Y"
                    // holds two attitudes side by side; "because he doubted ..." stays part of what was said.
                    var nested = found.Exists(f => !f.Trailing && f.Content is { } c && c.Contains(t.Start))
                        && !(raw.SourceFrom >= 1 && tokens[raw.SourceFrom - 1].IsWord && tokens[raw.SourceFrom - 1].Lower is "and" or "but" or "although" or "though" or "while" or "whereas" or "yet");
                    var cueClass = Lexicon.IsAction(lemma) ? CueClass.Action : CueClass.Attitude;
                    raw = !nested && PlausibleHolder(tokens, raw, inQuote) && !Labelled(tokens, raw, lemma) ? raw with { Class = cueClass } : null;
                }
                else if (raw is not null && raw.SourceFrom >= 0 && raw.SourceFrom < i
                    && (!raw.Trailing && NestedPronoun(tokens, raw, found, t) || inQuote || Labelled(tokens, raw, lemma)))
                {
                    // Speech reported inside a quotation ("she told me one thing, she posted another") belongs to the quoted speaker's words.
                    raw = null;
                }
            }

            if (raw is null && found.Count == 0 && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Colon && i - FirstContentToken(tokens) < 6)
            {
                raw = Colon(text, tokens, i, sentence);
            }

            if (raw is null && !inQuote && found.Count == 0 && Lexicon.StanceAdjectives.Contains(t.Text) && !t.IsCapitalized)
            {
                raw = Stance(tokens, i, sentence, afterSpeech);
            }

            if (raw is null && !inQuote && Lexicon.StatementNouns.Contains(t.Text) && i >= 1)
            {
                raw = Nominal(tokens, i, sentence);
            }

            if (raw is null && !inQuote && !t.IsCapitalized && i >= 2 && Lexicon.DocumentWords.Contains(t.Text))
            {
                raw = AuthoredDocument(tokens, i, sentence);
            }

            if (raw is null && t.Lower == "by" && !inQuote)
            {
                raw = OwnAccount(tokens, i, sentence);
            }

            if (raw is null && t.Lower == "as" && !inQuote)
            {
                raw = AsPutIt(tokens, i, sentence);
            }

            if (raw is null && t.Lower == "in" && !inQuote)
            {
                raw = InView(tokens, i, sentence);
            }

            if (raw is not null)
            {
                found.Add(raw);
                i = Math.Max(i, raw.CueTo - 1);
            }
        }

        // '"..." ― Lina Marsh': a dash after a closing quote names the speaker of the quotation before it.
        if (found.Count == 0 && Dash(tokens) is { } dash)
        {
            found.Add(dash);
        }

        // "In the latest poll, the mayor leads by 4 points": a document opening the sentence is the source of what follows,
        // unless the sentence names a speaker for it ("In its reply, the agency said ...").
        if (found.Count == 0 && !inQuote && InDocument(tokens, sentence) is { } document)
        {
            found.Add(document);
        }

        // "In a memo sent to staff, the manager was less upbeat": a speech event opening the sentence makes its subject the speaker.
        if (found.Count == 0 && !inQuote && InSpeechEvent(tokens, sentence) is { } speechEvent)
        {
            found.Add(speechEvent);
        }

        return Trim(tokens, found, sentence);
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
                if (t.IsCapitalized || t.Lower is "a" or "an" or "the" or "of" or "in" or "on" or "to" or "for" or "and" or "at" or "by" or "with" or "as")
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
            '\'' when quote.End < text.Length && text[quote.End] == '\'' => !inQuote,
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

        return head is not ("we" or "i" or "you" or "us" or "nobody" or "somebody" or "someone" or "anyone" or "anybody" or "everyone"
            or "everybody" or "people" or "one" or "who" or "few" or "this" or "that");
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
        && !NewClause(tokens[raw.SourceFrom - 1]) && !(tokens[raw.SourceFrom - 1].Lower == "which" && tokens[raw.SourceFrom].Lower is "he" or "she" && cue.Lower is "said" or "says")
        && found.Exists(f => !f.Trailing && f.Content is { } c && c.Contains(cue.Start));

    /// <summary>
    /// "what she called a 'reckless waste'", "which critics say favours ...", "short of what he asked for", "whatever they
    /// needed": a naming, a free relative or a parenthetical inside a
    /// relative clause labels a noun phrase of the writer's sentence rather than reporting a statement.
    /// </summary>
    private static bool Labelled(IReadOnlyList<Token> tokens, RawAttribution raw, string lemma) =>
        raw.SourceFrom >= 1 && tokens[raw.SourceFrom - 1].IsWord
        && (tokens[raw.SourceFrom - 1].Lower == "what" && lemma == "call"
            || tokens[raw.SourceFrom - 1].Lower == "which" && lemma == "say" && !(raw.SourceTo - raw.SourceFrom == 1 && tokens[raw.SourceFrom].Lower is "he" or "she")
            || tokens[raw.SourceFrom - 1].Lower == "whatever"
            || tokens[raw.SourceFrom - 1].Lower == "what" && raw.SourceTo - raw.SourceFrom == 1 && Lexicon.Pronouns.Contains(tokens[raw.SourceFrom].Text));
}
