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
internal static class SentenceScanner
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
                raw = According(text, tokens, i, sentence);
            }
            else if (Lexicon.CueVerbs.TryGetValue(t.Text, out var lemma) && (!t.IsCapitalized || i <= FirstContentToken(tokens) || t.Text is "Says" or "Tells" || (headline && HeadlineVerb(tokens, i, lemma))))
            {
                // A capitalised cue word inside a sentence is part of a name ("the United States", "The Washington Post"),
                // except the forms that only headline verbs take ("Lindsey Graham Says").
                raw = Verb(text, tokens, i, lemma, sentence, found.Count > 0);
                if (raw is not null && (Lexicon.AttitudeLemmas.Contains(lemma) || Lexicon.ActionLemmas.Contains(lemma)))
                {
                    // "Trump said he finally believes ...": an attitude inside what someone says is part of the statement.
                    var nested = found.Exists(f => !f.Trailing && f.Content is { } c && c.Contains(t.Start));
                    var cueClass = Lexicon.ActionLemmas.Contains(lemma) ? CueClass.Action : CueClass.Attitude;
                    raw = !nested && PlausibleHolder(tokens, raw, inQuote) && !Labelled(tokens, raw, lemma) ? raw with { Class = cueClass } : null;
                }
                else if (raw is not null && raw.SourceFrom >= 0 && raw.SourceFrom < i && !raw.Trailing
                    && (inQuote || NestedPronoun(tokens, raw, found, t) || Labelled(tokens, raw, lemma)))
                {
                    // Speech reported inside a quotation ("he said this, he tweeted that") belongs to the quoted speaker's words.
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
                raw = Nominal(text, tokens, i, sentence);
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

        // '"..." ― Sonya Herridge': a dash after a closing quote names the speaker of the quotation before it.
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
        && (!Lexicon.NounLikeForms.Contains(tokens[i].Text) || !Lexicon.ActionLemmas.Contains(lemma) && i + 1 < tokens.Count && (tokens[i + 1].IsWord || tokens[i + 1].Kind == TokenKind.Quote));

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
        return head is not ("we" or "i" or "you" or "us" or "nobody" or "somebody" or "someone" or "anyone" or "anybody" or "everyone"
            or "everybody" or "people" or "one" or "who" or "few" or "it" or "this" or "that");
    }

    /// <summary>
    /// "Trump said he plans ... the $18 million he says he raised", "the statement noted they had previously said": a pronoun
    /// speaker inside another speaker's reported content restates that content; the outer speaker is the source. A pronoun
    /// opening a new clause ("..., but he said ...", "though she noted ...") starts a statement of its own.
    /// </summary>
    private static bool NestedPronoun(IReadOnlyList<Token> tokens, RawAttribution raw, List<RawAttribution> found, Token cue) =>
        raw.SourceTo - raw.SourceFrom == 1 && Lexicon.Pronouns.Contains(tokens[raw.SourceFrom].Text)
        && raw.SourceFrom >= 1 && tokens[raw.SourceFrom - 1].IsWord
        && tokens[raw.SourceFrom - 1].Lower is not ("but" or "though" or "although" or "and" or "while" or "whereas" or "yet" or "so" or "because" or "after" or "before" or "since" or "until" or "however")
        && found.Exists(f => !f.Trailing && f.Content is { } c && c.Contains(cue.Start));

    /// <summary>
    /// "what he called a 'brazen breach'", "which advocates say disadvantages ...", "below what she wants", "whatever he
    /// wanted": a naming, a free relative or a parenthetical inside a
    /// relative clause labels a noun phrase of the writer's sentence rather than reporting a statement.
    /// </summary>
    private static bool Labelled(IReadOnlyList<Token> tokens, RawAttribution raw, string lemma) =>
        raw.SourceFrom >= 1 && tokens[raw.SourceFrom - 1].IsWord
        && (tokens[raw.SourceFrom - 1].Lower == "what" && lemma == "call"
            || tokens[raw.SourceFrom - 1].Lower == "which" && lemma == "say" && !(raw.SourceTo - raw.SourceFrom == 1 && tokens[raw.SourceFrom].Lower is "he" or "she")
            || tokens[raw.SourceFrom - 1].Lower == "whatever"
            || tokens[raw.SourceFrom - 1].Lower == "what" && raw.SourceTo - raw.SourceFrom == 1 && Lexicon.Pronouns.Contains(tokens[raw.SourceFrom].Text));

    /// <summary>"PENCE: Well, look, ...", "Pat Caddell: Democrat voters worried": a speaker label opening the sentence.</summary>
    private static RawAttribution? Colon(string text, IReadOnlyList<Token> tokens, int last, TextSpan sentence)
    {
        var first = FirstContentToken(tokens);
        if (Phrases.WalkLeft(tokens, last) != first || !tokens[first].IsCapitalized || last + 2 >= tokens.Count)
        {
            return null;
        }

        var mention = MentionBuilder.Build(text, tokens, first, last + 1);
        var label = last == first && tokens[first].Text.Length > 1 && tokens[first].Text.All(c => !char.IsLetter(c) || char.IsUpper(c));
        var named = mention is { Kind: SourceKind.Person } && (mention.Name.Contains(' ', StringComparison.Ordinal) || label || (tokens[first].IsCapitalized && tokens[last + 1].Text == ":"));
        if (mention is null || last - first > 3 || Lexicon.EditorialLabels.Contains(mention.Name) || Lexicon.EditorialLabels.Contains(text[tokens[first].Start..tokens[last].End])
            || !(label || named || mention.Kind is SourceKind.Document))
        {
            return null;
        }

        return new RawAttribution(last + 1, last + 2, first, last + 1) { Content = SpanOf(tokens, last + 2, tokens.Count, sentence) };
    }

    /// <summary>
    /// "The union is critical of the mayor", "farmers were also angry that ...": a stance adjective after a form of
    /// "be", with a complement, holds the subject's attitude. The subject is read as for a verb cue and must be a plausible holder.
    /// </summary>
    private static RawAttribution? Stance(IReadOnlyList<Token> tokens, int i, TextSpan sentence, bool afterSpeech)
    {
        // A to-infinitive ("willing to walk", "eager to help") states an intention, left out as "plans to" is.
        if (i + 2 >= tokens.Count || !tokens[i + 1].IsWord || tokens[i + 1].Lower is not ("that" or "of" or "about" or "over" or "with" or "on")
            || tokens[i + 2].Lower.EndsWith("self", StringComparison.Ordinal) || tokens[i + 2].Lower.EndsWith("selves", StringComparison.Ordinal))
        {
            return null;
        }

        // "the mayor said she was doubtful about ...": a stance inside reported speech is part of the statement.
        if (afterSpeech)
        {
            return null;
        }

        var be = i - 1;
        while (be >= 0 && be >= i - 3 && tokens[be].IsWord && (tokens[be].Lower is "very" or "so" or "deeply" or "increasingly" or "particularly" or "more" or "less" or "not" or "also" or "quite" or "highly" or "openly" or "sharply" or "long" or "still" or "too"
            || (tokens[be].Lower.EndsWith("ly", StringComparison.Ordinal) && tokens[be].Lower.Length > 4)))
        {
            be--;
        }

        if (be < 1 || !tokens[be].IsWord || tokens[be].Lower is not ("is" or "are" or "was" or "were" or "been" or "remains" or "remained" or "seemed" or "seems" or "appeared" or "appears" or "became" or "become" or "’s" or "'s"))
        {
            return null;
        }

        var last = SkipAuxiliariesLeft(tokens, be - 1);
        if (last < 0 || !tokens[last].IsWord)
        {
            return null;
        }

        var from = Phrases.WalkLeft(tokens, last);
        if (from < 0 || tokens[last].Lower is "it" or "this" or "that" or "there" or "what" or "which" or "who" || !PlausibleSubject(tokens, from, last + 1, tokens[i], i))
        {
            return null;
        }

        var raw = new RawAttribution(i, i + 1, from, last + 1) { Content = SpanOf(tokens, i + 2, tokens.Count, sentence), Class = CueClass.Attitude };
        return PlausibleHolder(tokens, raw, inQuote: false) ? raw : null;
    }

    /// <summary>
    /// "the governor's claim that ...", "her assertion that ...", "the minister's remarks: ...": a possessor before a noun naming
    /// a statement, with a that-clause or colon after it, made that statement.
    /// </summary>
    private static RawAttribution? Nominal(string text, IReadOnlyList<Token> tokens, int i, TextSpan sentence)
    {
        // Only a that-clause or a colon gives the statement's content; "his comments about women" names a topic.
        if (i + 2 >= tokens.Count || !(tokens[i + 1].Kind is TokenKind.Colon || tokens[i + 1].IsWord && tokens[i + 1].Lower == "that"))
        {
            return null;
        }

        // The possessor may stand before one modifier: "Reyes's repeated claim that".
        for (var k = i - 1; k >= 0 && k >= i - 2 && tokens[k].IsWord; k--)
        {
            var word = tokens[k];
            Lexicon.StripPossessive(word.Text, out var possessive);
            if (word.Lower is "his" or "her" or "their")
            {
                return new RawAttribution(i, i + 1, k, k + 1) { Content = SpanOf(tokens, i + 2, tokens.Count, sentence) };
            }

            if (possessive)
            {
                // The possessor is the name itself ("Jane Doe's", "city police's"), not a phrase it ends ("copies of Doe's").
                var from = k;
                while (from > 0 && k - from < 4 && tokens[from - 1].IsWord && (tokens[from - 1].IsCapitalized || tokens[from - 1].Text.EndsWith('.')))
                {
                    from--;
                }

                return tokens[k].IsCapitalized ? new RawAttribution(i, i + 1, from, k + 1) { Content = SpanOf(tokens, i + 2, tokens.Count, sentence) } : null;
            }
        }

        return null;
    }

    /// <summary>"as one internal memo put it", "As the spokeswoman put it, ...": the phrase between "as" and "put it" speaks.</summary>
    private static RawAttribution? AsPutIt(IReadOnlyList<Token> tokens, int i, TextSpan sentence)
    {
        var from = i + 1;
        var cue = from + 1;
        while (cue + 1 < tokens.Count && cue - from < Phrases.MaxLength && tokens[cue].IsWord && !(tokens[cue].Lower == "put" && tokens[cue + 1].Lower == "it"))
        {
            cue++;
        }

        if (cue + 1 >= tokens.Count || tokens[cue].Lower != "put" || tokens[cue + 1].Lower != "it")
        {
            return null;
        }

        var to = cue;
        while (to > from + 1 && tokens[to - 1].IsWord && (Lexicon.Auxiliaries.Contains(tokens[to - 1].Text) || tokens[to - 1].Lower is "once"))
        {
            to--;
        }

        if (Phrases.WalkLeft(tokens, to - 1) != from)
        {
            return null;
        }

        // The words put that way are all that follows when "as ... put it" opens it, else the clause before it.
        var atStart = i <= FirstContentToken(tokens);
        var content = atStart
            ? SpanOf(tokens, ContentStart(tokens, SkipToComma(tokens, cue + 2)), tokens.Count, sentence)
            : SpanOf(tokens, FirstContentToken(tokens), LastContentBefore(tokens, i), sentence);
        return new RawAttribution(cue, cue + 2, from, to) { Content = content, Trailing = !atStart };
    }

    /// <summary>"in his view", "in Ms. Reyes's eyes", "in the senator's opinion": the possessor holds the view that frames the sentence.</summary>
    private static RawAttribution? InView(IReadOnlyList<Token> tokens, int i, TextSpan sentence)
    {
        for (var k = i + 2; k < tokens.Count && k <= i + 6; k++)
        {
            if (!tokens[k].IsWord)
            {
                return null;
            }

            if (tokens[k].Lower is "view" or "eyes" or "opinion" or "estimation" or "judgment" or "judgement" or "telling" or "words" or "mind")
            {
                var possessor = tokens[k - 1];
                Lexicon.StripPossessive(possessor.Text, out var possessive);
                if (!(possessive || possessor.Lower is "his" or "her" or "their") || (k - i > 2 && !possessive))
                {
                    return null;
                }

                var atStart = i <= FirstContentToken(tokens);
                var content = atStart
                    ? SpanOf(tokens, SkipPunctuation(tokens, k + 1), tokens.Count, sentence)
                    : SpanOf(tokens, FirstContentToken(tokens), LastContentBefore(tokens, i), sentence);
                return new RawAttribution(i, i + 1, i + 1, k) { Content = content, Trailing = !atStart, Class = CueClass.Attitude };
            }
        }

        return null;
    }

    /// <summary>"In the newest county survey, the mayor leads": a sentence-opening "in" phrase headed by a poll, report or study, then a comma.</summary>
    private static RawAttribution? InDocument(IReadOnlyList<Token> tokens, TextSpan sentence)
    {
        var i = FirstContentToken(tokens);
        if (i + 2 >= tokens.Count || tokens[i].Lower != "in")
        {
            return null;
        }

        var to = i + 1;
        while (to < tokens.Count && to - i <= Phrases.MaxLength && tokens[to].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Other)
        {
            to++;
        }

        if (to <= i + 1 || to >= tokens.Count || tokens[to].Kind != TokenKind.Comma)
        {
            return null;
        }

        // The head is the last word before any "of"/"by"/"from" complement: "the latest poll of likely voters".
        var head = to - 1;
        for (var k = i + 2; k < to; k++)
        {
            if (tokens[k].IsWord && Lexicon.InnerPrepositions.Contains(tokens[k].Text))
            {
                head = k - 1;
                break;
            }
        }

        if (!tokens[head].IsWord || tokens[head].Lower is not ("poll" or "polls" or "survey" or "surveys" or "study" or "report" or "analysis" or "audit" or "review" or "census" or "findings"))
        {
            return null;
        }

        return new RawAttribution(i, i + 1, i + 1, to) { Content = SpanOf(tokens, to + 1, tokens.Count, sentence) };
    }

    private static int SkipToComma(IReadOnlyList<Token> tokens, int k)
    {
        var start = k;
        while (k < tokens.Count && k - start < 12 && tokens[k].Kind != TokenKind.Comma)
        {
            k++;
        }

        return k < tokens.Count && tokens[k].Kind == TokenKind.Comma ? k + 1 : start;
    }

    private static RawAttribution? Dash(IReadOnlyList<Token> tokens)
    {
        for (var k = 0; k < tokens.Count - 1; k++)
        {
            if (tokens[k].Kind == TokenKind.Dash && tokens[k].Text != "--" && (k == 0 || tokens[k - 1].Kind == TokenKind.Quote) && tokens[k + 1].IsCapitalized)
            {
                var to = Phrases.WalkRight(tokens, k + 1);
                if (to > k + 1 && (to >= tokens.Count || tokens[to].Kind is TokenKind.End or TokenKind.Quote or TokenKind.Comma))
                {
                    return new RawAttribution(k, k + 1, k + 1, to) { Trailing = true };
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The subject of the sentence's main clause, read before <paramref name="limit"/>: the first noun phrase after an
    /// opening adjunct ("Earlier in the day, Trump attacked ..."), when it is a name, a pronoun or a determiner phrase
    /// followed by a verb. (-1, -1) when there is none.
    /// </summary>
    private static (int From, int To) SentenceSubject(IReadOnlyList<Token> tokens, int limit)
    {
        var first = FirstContentToken(tokens);

        // "On Monday, however, the mayor spoke ...": up to two opening adjuncts, each closed by a comma.
        for (var adjuncts = 0; adjuncts < 2 && first < limit && IsAdjunct(tokens[first]); adjuncts++)
        {
            var comma = first;
            while (comma < limit && comma - first < 10 && tokens[comma].Kind != TokenKind.Comma)
            {
                comma++;
            }

            if (comma >= limit || tokens[comma].Kind != TokenKind.Comma)
            {
                return (-1, -1);
            }

            first = comma + 1;
        }

        if (first >= limit || !(tokens[first].IsCapitalized || Lexicon.Pronouns.Contains(tokens[first].Text) || Lexicon.Determiners.Contains(tokens[first].Text)))
        {
            return (-1, -1);
        }

        var end = Phrases.WalkRight(tokens, first);
        if (end <= first || end >= limit || !tokens[end].IsWord || Phrases.IsTimeName(tokens[first]) || Lexicon.InnerPrepositions.Contains(tokens[first].Text)
            || Lexicon.ClauseWords.Contains(tokens[end].Text) && !Lexicon.Auxiliaries.Contains(tokens[end].Text))
        {
            return (-1, -1);
        }

        return (first, end);
    }

    /// <summary>The sentence's subject when it is a person named in full (two or more name words), else null.</summary>
    public static SourceMention? SubjectPerson(string text, IReadOnlyList<Token> tokens)
    {
        var first = FirstContentToken(tokens);
        if (first >= tokens.Count || !tokens[first].IsCapitalized)
        {
            return null;
        }

        var end = Phrases.WalkRight(tokens, first);
        if (end <= first || end >= tokens.Count || !tokens[end].IsWord)
        {
            return null;
        }

        var mention = MentionBuilder.Build(text, tokens, first, end);
        return mention is { Kind: SourceKind.Person } && mention.Name.Contains(' ', StringComparison.Ordinal) ? mention : null;
    }

    private static RawAttribution? According(string text, IReadOnlyList<Token> tokens, int i, TextSpan sentence)
    {
        var from = i + 2;
        var to = Phrases.WalkRight(tokens, from);
        if (to <= from)
        {
            return null;
        }

        var atStart = FirstContentToken(tokens) >= i;
        TextSpan? content = atStart
            ? SpanOf(tokens, SkipPunctuation(tokens, to), tokens.Count, sentence)
            : SpanOf(tokens, FirstContentToken(tokens), i, sentence);
        return new RawAttribution(i, i + 2, from, to) { Content = content, Trailing = !atStart };
    }

    private static RawAttribution? Verb(string text, IReadOnlyList<Token> tokens, int i, string lemma, TextSpan sentence, bool hasPrevious)
    {
        var t = tokens[i];
        var cueTo = i + 1;
        if (Lexicon.ParticleVerbs.TryGetValue(lemma, out var particles))
        {
            if (i + 1 < tokens.Count && particles.Split(' ').Contains(tokens[i + 1].Lower))
            {
                cueTo = i + 2;
            }
            else if (i + 2 < tokens.Count && Phrases.IsTimeName(tokens[i + 1]) && particles.Split(' ').Contains(tokens[i + 2].Lower))
            {
                // "called Friday for the release of the videos": a day name may stand between the verb and its particle.
                cueTo = i + 3;
            }
            else if (!(lemma == "call" && CallsSomethingSomething(tokens, i)))
            {
                return null;
            }
        }

        // "issued a statement", "released a note from her lawyer": an issue verb is a cue only when it puts out a text.
        if ((Lexicon.IssueLemmas.Contains(lemma) || Lexicon.LightLemmas.Contains(lemma)) && !IssuesText(tokens, cueTo, lemma))
        {
            return null;
        }

        // "Republican claims as false", "Pagliano's Fifth Amendment claims, ...": a noun-like form followed by a preposition is a noun.
        if (Lexicon.NounLikeForms.Contains(t.Text) && cueTo < tokens.Count
            && (tokens[cueTo].Kind == TokenKind.Dash || tokens[cueTo].IsWord && tokens[cueTo].Lower is "as" or "of" or "about" or "against" or "from"))
        {
            return null;
        }

        // "chemicals found in refrigerants", "laws proposed during his term", "people accused of rape": a participle right
        // before a preposition, with nothing between it and its noun, is a reduced relative clause, not a cue.
        if (i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized && !Lexicon.Pronouns.Contains(tokens[i - 1].Text)
            && !Lexicon.AnonymousHeads.Contains(tokens[i - 1].Text) && t.Lower != lemma && !t.Lower.EndsWith('s') && !t.Lower.EndsWith("ing", StringComparison.Ordinal)
            && lemma is not ("say" or "tell" or "write" or "add" or "report" or "announce" or "state" or "note" or "explain" or "declare" or "claim" or "warn")
            && cueTo + 1 < tokens.Count && tokens[cueTo].IsWord && tokens[cueTo].Lower is "in" or "of" or "during" or "under" or "as" or "among" or "across" or "throughout"
            && !(tokens[cueTo].Lower == "in" && (Lexicon.Determiners.Contains(tokens[cueTo + 1].Text) || Lexicon.TimeWords.Contains(tokens[cueTo + 1].Text))))
        {
            return null;
        }

        // "more detailed", "most often cited": a degree word makes the participle an adjective.
        if (i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Lower is "more" or "most" or "less" or "least" or "very" or "well" or "widely" or "long")
        {
            return null;
        }

        // "an estimate repeated by several economists", "a figure cited by the agency": a participle after a noun and before
        // "by" is a reduced passive, and its agent is the source.
        if (i > 0 && cueTo == i + 1 && cueTo + 1 < tokens.Count && tokens[cueTo].Lower == "by" && !tokens[cueTo + 1].Lower.EndsWith("ing", StringComparison.Ordinal) && t.Lower != lemma && !t.Lower.EndsWith('s')
            && !t.Lower.EndsWith("ing", StringComparison.Ordinal) && tokens[i - 1].IsWord && !Lexicon.Pronouns.Contains(tokens[i - 1].Text)
            && !Lexicon.Auxiliaries.Contains(tokens[i - 1].Text) && !Lexicon.BeForms.Contains(tokens[i - 1].Text) && !Lexicon.ClauseWords.Contains(tokens[i - 1].Text))
        {
            return Passive(tokens, i, sentence);
        }

        // "isn't repeated", "wasn't shown": a negated form of "be" makes the cue passive.
        for (var k = i - 1; k >= 0 && k >= i - 3 && tokens[k].IsWord; k--)
        {
            if (tokens[k].Lower is "isn't" or "isn’t" or "wasn't" or "wasn’t" or "aren't" or "aren’t" or "weren't" or "weren’t" && !t.Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                return Passive(tokens, i, sentence);
            }
        }

        // "Limbaugh continued: ...", "'...,' she continued.": "continue" reports speech only next to its quotation.
        if (lemma == "continue" && (t.Lower.EndsWith("ing", StringComparison.Ordinal) || !(cueTo < tokens.Count && tokens[cueTo].Kind is TokenKind.Colon or TokenKind.Comma or TokenKind.End or TokenKind.Quote)))
        {
            return null;
        }

        var before = SkipAuxiliariesLeft(tokens, i - 1);
        if (before >= 0 && tokens[before].IsWord)
        {
            var w = tokens[before].Lower;

            // "are said to", "was reported": a passive cue with no agent names no source; "reported by X" does.
            if (Lexicon.BeForms.Contains(w) && !t.Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                return Passive(tokens, i, sentence);
            }

            // "Some believe", "many say": a quantifier right before the verb stands alone as its subject.
            var quantifierSubject = before == i - 1 && w is "some" or "many" or "most" or "several" or "both" or "all" && !Lexicon.NounLikeForms.Contains(t.Text)
                && !(before >= 1 && tokens[before - 1].Lower is "what" or "whatever");

            // "Footage of the crash shows": a word after "of the" is the object of the preposition, a noun whatever its ending.
            var prepositionObject = before >= 2 && Lexicon.Determiners.Contains(tokens[before - 1].Text) && Lexicon.InnerPrepositions.Contains(tokens[before - 2].Text);
            if (w == "to" || (Lexicon.Determiners.Contains(w) && w != "that" && !quantifierSubject)
                || (Lexicon.NounLikeForms.Contains(t.Text) && !char.IsUpper(tokens[before].Text[0]) && IsAdjectiveLike(tokens[before]) && !prepositionObject))
            {
                return null;
            }
        }

        if (Lexicon.NounLikeForms.Contains(t.Text) && i + 1 < tokens.Count && tokens[i + 1].Lower is "of" or "that" && before >= 0 && Lexicon.Determiners.Contains(tokens[before].Text))
        {
            return null;
        }

        // "Recent estimates suggest", "the reports said": a noun-like form followed by a verb is the subject, not the cue.
        if (Lexicon.NounLikeForms.Contains(t.Text) && SkipAuxiliariesRight(tokens, i + 1) is var v && v < tokens.Count && tokens[v].IsWord
            && (Lexicon.CueVerbs.ContainsKey(tokens[v].Text) || Lexicon.BeForms.Contains(tokens[v].Text) || tokens[v].Lower is "has" or "have" or "had"))
        {
            return null;
        }

        // "She's arguing that ...", "he's called for ...": a pronoun with a contracted "is"/"has" is the subject itself.
        if (before >= 0 && before >= i - 2 && ContractedSubject(tokens[before]))
        {
            var contracted = new RawAttribution(i, cueTo, before, before + 1) { Content = SpanOf(tokens, ContentStart(tokens, cueTo), tokens.Count, sentence) };
            return t.Lower.EndsWith("ing", StringComparison.Ordinal) || t.Lower.EndsWith("ed", StringComparison.Ordinal) || t.Lower is "said" or "told" or "written" or "shown" or "found"
                ? contracted
                : null;
        }

        // "Trump is demanding", "she was insisting": a progressive form reads like the finite verb.
        if (t.Lower.EndsWith("ing", StringComparison.Ordinal) && before >= 1 && tokens[before].IsWord && tokens[before].Lower is "is" or "are" or "was" or "were" or "been")
        {
            before = SkipAuxiliariesLeft(tokens, before - 1);
        }
        else if (t.Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            if (hasPrevious && i > 0 && (tokens[i - 1].Kind == TokenKind.Comma || tokens[i - 1].Lower == "and"))
            {
                if (lemma == "cite")
                {
                    var citedTo = Phrases.WalkRight(tokens, i + 1);
                    return citedTo > i + 1 ? new RawAttribution(i, i + 1, i + 1, citedTo) { Cites = true } : null;
                }

                return new RawAttribution(i, i + 1, -1, -1) { InheritsSource = true, Content = SpanOf(tokens, ContentStart(tokens, i + 1), tokens.Count, sentence) };
            }

            // "Trump is defending his tweets, saying ...": with no earlier speaker, the sentence's subject speaks.
            if (i > 0 && tokens[i - 1].Kind == TokenKind.Comma && lemma != "cite" && SentenceSubject(tokens, i) is var (first, subjectEnd) && first >= 0)
            {
                return new RawAttribution(i, i + 1, first, subjectEnd) { Content = SpanOf(tokens, ContentStart(tokens, i + 1), tokens.Count, sentence) };
            }

            return null;
        }

        // "an architect who said": the relative pronoun's antecedent speaks.
        if (before >= 1 && tokens[before].Lower is "who" or "which" && !(before == i - 1 && t.Lower == lemma && Lexicon.NounLikeForms.Contains(t.Text)))
        {
            var last = tokens[before - 1].Kind == TokenKind.Comma ? before - 2 : before - 1;
            var antecedent = Phrases.WalkLeft(tokens, last);
            if (antecedent < 0 || last == antecedent && tokens[last].Lower is "anyone" or "anybody" or "everyone" or "everybody" or "nobody" or "those" or "one")
            {
                return null;
            }

            // The span runs to the pronoun itself (annotators mark "who"); the name comes from the antecedent.
            return new RawAttribution(i, i + 1, antecedent, last + 1) { SpanTo = before + 1, Content = SpanOf(tokens, ContentStart(tokens, i + 1), tokens.Count, sentence) };
        }

        // "tenants, who have marched for weeks and called for ...": a verb coordinated inside a relative clause
        // shares the relative pronoun's antecedent.
        if (before >= 2 && tokens[before].Lower is "and" or "but" && !hasPrevious && CoordinatedRelative(tokens, before) is var (relFrom, relTo, relSpan) && relFrom != -1)
        {
            return relFrom < 0 ? null : new RawAttribution(i, cueTo, relFrom, relTo) { SpanTo = relSpan, Content = SpanOf(tokens, ContentStart(tokens, cueTo), tokens.Count, sentence) };
        }

        // "Cruz exhorted Republicans to vote and said he was ...": a second verb shares the sentence's subject.
        if (before >= 1 && tokens[before].Lower is "and" or "but" && !hasPrevious && SentenceSubject(tokens, before) is var (subjectFrom, subjectTo) && subjectFrom >= 0)
        {
            return new RawAttribution(i, i + 1, subjectFrom, subjectTo) { Content = SpanOf(tokens, ContentStart(tokens, i + 1), tokens.Count, sentence) };
        }

        int sourceFrom;
        int sourceTo;
        var spanTo = -1;
        (int, int) via = (-1, -1);
        if (before >= 0 && tokens[before].IsWord && tokens[before].Lower is "some" or "many" or "most" or "others" or "several" or "both" or "all"
            && (before == 0 || !tokens[before - 1].IsWord || Lexicon.ClauseWords.Contains(tokens[before - 1].Text) || tokens[before - 1].Lower is "and")
            && !(before >= 1 && tokens[before - 1].Lower is "what" or "whatever"))
        {
            // "Some believe ...", "but many say ...": a quantifier standing alone as the subject names a part of the people discussed.
            sourceFrom = before;
            sourceTo = before + 1;
        }
        else if (before >= 0 && (tokens[before].IsWord || tokens[before].Kind == TokenKind.CloseParen) && Phrases.WalkLeft(tokens, before) is var start && start >= 0)
        {
            sourceFrom = start;
            sourceTo = before + 1;
            (sourceFrom, sourceTo) = PreferPossessor(tokens, sourceFrom, sourceTo);

            // "Analyst X writing for New Eastern Outlook says": the outlet is the channel, the analyst the source.
            if (sourceFrom >= 3 && tokens[sourceFrom - 1].Lower is "for" or "to" or "with" && tokens[sourceFrom - 2].Lower is "writing" or "speaking" or "talking")
            {
                var inner = Phrases.WalkLeft(tokens, sourceFrom - 3);
                if (inner >= 0)
                {
                    via = (sourceFrom, sourceTo);
                    sourceTo = sourceFrom - 2;
                    sourceFrom = inner;
                }
            }
        }
        else if (before >= 2 && tokens[before].Kind == TokenKind.Dash && DashedApposition(tokens, before) is var (dashedFrom, dashedTo) && dashedFrom >= 0)
        {
            // "Lee -- author of a study on ports -- said": the phrase before the opening dash speaks; the span runs
            // over the apposition, as for a relative pronoun.
            sourceFrom = dashedFrom;
            sourceTo = dashedTo;
            spanTo = before;
        }
        else if (before >= 0 && tokens[before].Kind == TokenKind.Comma && Apposition(tokens, before, ClosesSentence(tokens, cueTo, lemma)) is var (subject, subjectEnd) && subject >= 0)
        {
            // "The Observatory, a British-based group that reports on the war, said" / "Rami Abdel-Rahman, the Observatory head, said".
            sourceFrom = subject;
            sourceTo = subjectEnd;
        }
        else if (before < 0 || tokens[before].Kind is TokenKind.Comma or TokenKind.Quote or TokenKind.Colon or TokenKind.Dash)
        {
            // Inverted order: "..., said Abu Yusef Muhajir, a military commander" / "..." says the report.
            var from = i + 1;
            var to = Phrases.WalkRight(tokens, from);
            var quoted = before >= 0 && (tokens[before].Kind == TokenKind.Quote || (before >= 1 && tokens[before - 1].Kind == TokenKind.Quote));

            // A bare base form with nothing before it is an imperative ("Don't blame Bush"), not an inverted cue.
            if (t.Lower == lemma && lemma != "say")
            {
                return null;
            }

            // Without a quotation, "..., said X" must end the sentence or open an apposition ("said X, a spokesman").
            if (!quoted && to < tokens.Count && tokens[to].Kind != TokenKind.End
                && !(tokens[to].Kind == TokenKind.Comma && to + 1 < tokens.Count && (Lexicon.Determiners.Contains(tokens[to + 1].Text) || Lexicon.Titles.Contains(tokens[to + 1].Text))))
            {
                return null;
            }

            if (to <= from || Lexicon.ClauseWords.Contains(tokens[from].Text) || !(tokens[from].IsCapitalized || Lexicon.Determiners.Contains(tokens[from].Text) || Lexicon.Pronouns.Contains(tokens[from].Text) || Lexicon.AnonymousHeads.Contains(tokens[from].Text)))
            {
                return null;
            }

            to = ExtendApposition(tokens, to);
            return new RawAttribution(i, i + 1, from, to) { Trailing = true, Content = SpanOf(tokens, FirstContentToken(tokens), LastContentBefore(tokens, i), sentence) };
        }
        else
        {
            return null;
        }

        if (!PlausibleSubject(tokens, sourceFrom, sourceTo, t, i))
        {
            return null;
        }

        // A bare base form ("say", "report", "show") reports speech only after a plural or personal subject, never after a
        // modal ("would add", "will announce" tells what may happen, not what was said).
        if (t.Lower == lemma && !BaseFormSubject(tokens, sourceFrom, sourceTo, i))
        {
            return null;
        }

        // After the cue: the listener ("told Sputnik"), "that", a time or manner adjunct, then the content.
        var after = cueTo;
        if (Lexicon.ObjectVerbs.Contains(lemma) || Lexicon.IssueLemmas.Contains(lemma) || Lexicon.LightLemmas.Contains(lemma) || (lemma == "write" && after < tokens.Count && tokens[after].Lower == "for"))
        {
            var objFrom = lemma == "write" ? after + 1 : after;
            var objTo = Phrases.WalkRight(tokens, objFrom);
            if (objTo > objFrom)
            {
                if (via.Item1 < 0 && IsChannel(tokens, objFrom, objTo))
                {
                    via = (objFrom, objTo);
                }

                after = objTo;
            }
        }

        var contentStart = ContentStart(tokens, after);
        if (contentStart >= tokens.Count || OnlyClosing(tokens, contentStart))
        {
            return new RawAttribution(i, cueTo, sourceFrom, sourceTo) { Via = via, Trailing = true, SpanTo = spanTo, Content = SpanOf(tokens, FirstContentToken(tokens), LastContentBefore(tokens, sourceFrom), sentence) };
        }

        // '"A," X said, "B."': the content is on both sides.
        var lead = LastContentBefore(tokens, sourceFrom);
        var contentFrom = lead > FirstContentToken(tokens) + 1 && sourceFrom > 0 && tokens[sourceFrom - 1].Kind is TokenKind.Comma or TokenKind.Quote
            ? FirstContentToken(tokens)
            : contentStart;
        return new RawAttribution(i, cueTo, sourceFrom, sourceTo) { Via = via, SpanTo = spanTo, Content = SpanOf(tokens, contentFrom, tokens.Count, sentence) };
    }

    private static RawAttribution? Passive(IReadOnlyList<Token> tokens, int i, TextSpan sentence)
    {
        if (i + 1 < tokens.Count && tokens[i + 1].Lower == "by")
        {
            var to = Phrases.WalkRight(tokens, i + 2);
            if (to > i + 2)
            {
                return new RawAttribution(i, i + 2, i + 2, to) { Content = SpanOf(tokens, FirstContentToken(tokens), i, sentence), Trailing = true };
            }
        }

        return null;
    }

    /// <summary>True when the noun phrase right after an issue verb is headed by a text or message ("a statement", "a series of posts").</summary>
    private static bool IssuesText(IReadOnlyList<Token> tokens, int after, string lemma)
    {
        var light = Lexicon.LightLemmas.Contains(lemma);
        var end = Phrases.WalkRight(tokens, after);
        var measured = false;
        for (var k = after; k < end && k < after + 6; k++)
        {
            // "a series of posts", "a flurry of statements": a measure noun hands the head over to the noun after "of".
            if (k + 1 < end && tokens[k].Lower is "series" or "flurry" or "barrage" or "string" or "stream" or "volley" && tokens[k + 1].Lower == "of")
            {
                k++;
                measured = true;
                continue;
            }

            if (tokens[k].IsWord && (light ? Lexicon.SpeechNouns.Contains(tokens[k].Text) : Lexicon.IssuedTexts.Contains(tokens[k].Text) || Lexicon.DocumentWords.Contains(tokens[k].Text)))
            {
                // "the ruling sends a message" is an idiom for "shows", said of events and policies as often as of people.
                if (lemma == "send" && tokens[k].Lower is "message" or "messages" or "signal" or "signals")
                {
                    return false;
                }

                // The head comes before any "of"/"from" complement: "a note from her lawyer", but not "copies of the report".
                // "made an argument for", "voiced concern that", "offered no evidence that": a light verb's speech noun must introduce
                // what was said; "made those remarks at the rally" only points back at words already reported.
                if (light && !(k + 1 < tokens.Count && (tokens[k + 1].Kind is TokenKind.Colon or TokenKind.Quote
                    || tokens[k + 1].IsWord && tokens[k + 1].Lower is "that" or "about" or "for" or "on" or "of" or "against" or "over" or "to" or "with")))
                {
                    return false;
                }

                return measured || k == after || k == after + 1 || k == after + 2 || (k > after && !(tokens[k - 1].IsWord && Lexicon.InnerPrepositions.Contains(tokens[k - 1].Text)));
            }

            if (tokens[k].IsWord && Lexicon.InnerPrepositions.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// For a cue right after a closing dash: the noun phrase before the opening dash of the same pair, when it opens the
    /// sentence or follows a comma, and the (-1, -1) pair otherwise.
    /// </summary>
    private static (int From, int To) DashedApposition(IReadOnlyList<Token> tokens, int closing)
    {
        for (var k = closing - 1; k >= 1 && closing - k <= 2 * Phrases.MaxLength; k--)
        {
            if (tokens[k].Kind == TokenKind.Dash)
            {
                var from = Phrases.WalkLeft(tokens, k - 1);
                var opens = from >= 0 && (from == FirstContentToken(tokens) || tokens[from - 1].Kind == TokenKind.Comma
                    || (tokens[from - 1].IsWord && tokens[from - 1].Lower is "and" or "but"));
                return opens ? (from, k) : (-1, -1);
            }

            if (tokens[k].Kind is TokenKind.Quote or TokenKind.Colon or TokenKind.End)
            {
                break;
            }
        }

        return (-1, -1);
    }

    /// <summary>"called Burma a 'good news story'", "called him a master": calling something a name is a judgement attributed to the caller.</summary>
    private static bool CallsSomethingSomething(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Count || !tokens[i + 1].IsWord || tokens[i + 1].IsCapitalized && i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.End)
        {
            return false;
        }

        // "called the audit baseless": an adjective right after the object phrase is the judgement.
        var objectEnd = Phrases.WalkRight(tokens, i + 1);
        if (objectEnd > i + 1 && objectEnd < tokens.Count && JudgementAdjective(tokens[objectEnd]))
        {
            return true;
        }

        for (var k = i + 2; k < tokens.Count && k <= i + 10; k++)
        {
            if (tokens[k].Kind == TokenKind.Quote || (tokens[k].IsWord && tokens[k].Lower is "a" or "an"))
            {
                return true;
            }

            if (tokens[k].Kind is TokenKind.End or TokenKind.Comma)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A lower-case word shaped like an evaluative adjective ("unsubstantiated", "outrageous", "divisive", "shameful").</summary>
    private static bool JudgementAdjective(Token t)
    {
        if (!t.IsWord || t.IsCapitalized || t.Lower.Length < 5)
        {
            return false;
        }

        var w = t.Lower;
        return w.EndsWith("ous", StringComparison.Ordinal) || w.EndsWith("ive", StringComparison.Ordinal) || w.EndsWith("ful", StringComparison.Ordinal)
            || w.EndsWith("less", StringComparison.Ordinal) || w.EndsWith("able", StringComparison.Ordinal) || w.EndsWith("ible", StringComparison.Ordinal)
            || (w.EndsWith("ed", StringComparison.Ordinal) && w.StartsWith("un", StringComparison.Ordinal)) || w is "false" or "wrong" or "unfair" or "absurd" or "ridiculous" or "racist" or "sexist";
    }

    /// <summary>"the center's statement added": the possessor is the source.</summary>
    private static (int From, int To) PreferPossessor(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (to - from < 2 || !Lexicon.DocumentWords.Contains(tokens[to - 1].Text))
        {
            return (from, to);
        }

        for (var k = to - 2; k >= from; k--)
        {
            Lexicon.StripPossessive(tokens[k].Text, out var possessive);
            if (possessive)
            {
                return (from, k + 1);
            }
        }

        return (from, to);
    }

    /// <summary>
    /// For a cue right after a comma: the subject before one or more appositions or inserted phrases
    /// ("The Observatory, a British-based group, said", "Phil Lovas, of Phoenix, said", "Trump, speaking in Virginia, said").
    /// Returns the subject phrase and the end of the whole source span (the last token before the comma); (-1, -1) when
    /// the text before the comma is a clause (the inverted "..., said X").
    /// </summary>
    private static (int From, int To) Apposition(IReadOnlyList<Token> tokens, int comma, bool closesSentence)
    {
        var segmentEnd = comma;
        var subject = -1;
        var phrases = 0;
        for (var segments = 0; segments < 6; segments++)
        {
            var k = segmentEnd - 1;
            while (k >= 0 && segmentEnd - k <= Phrases.MaxLength * 2 && tokens[k].Kind is not (TokenKind.Comma or TokenKind.Quote or TokenKind.Colon or TokenKind.Dash or TokenKind.End))
            {
                k--;
            }

            if (k >= 0 && tokens[k].Kind is not (TokenKind.Comma or TokenKind.Quote or TokenKind.Colon or TokenKind.Dash or TokenKind.End))
            {
                return (-1, -1);
            }

            var from = k + 1;
            if (from >= segmentEnd)
            {
                return subject >= 0 ? (subject, comma) : (-1, -1);
            }

            var phraseStart = Phrases.WalkLeft(tokens, segmentEnd - 1);
            var isPhrase = phraseStart == from;
            if (isPhrase)
            {
                // When the cue ends the sentence, the sentence's first part is what was said, not who said it:
                // "Terrorists continue bombardments of Aleppo, the chief of ..., Sergei Rudskoi, has told a briefing."
                if (closesSentence && phrases > 0 && (k < 0 || tokens[k].Kind != TokenKind.Comma) && IsSentenceStart(tokens, k))
                {
                    return (subject, comma);
                }

                subject = from;
                phrases++;
            }
            else if (phraseStart > from && tokens[phraseStart - 1].IsWord && tokens[phraseStart - 1].Lower is "as" or "while" or "when" or "because" or "after" or "before" or "since" or "although" or "though" or "if" or "and" or "but" or "so" or "whereas"
                && (tokens[phraseStart].IsCapitalized || Lexicon.Determiners.Contains(tokens[phraseStart].Text)))
            {
                // "as Eric Garner, gasping on a sidewalk, said": the phrase opens a clause inside the segment.
                return (phraseStart, comma);
            }

            if (k < 0 || tokens[k].Kind != TokenKind.Comma)
            {
                // The sentence (or quote) starts here: the subject is the leftmost phrase, after an opening adjunct
                // ("In a statement, one of the attorneys, Justin Bamberg, said") when there is one.
                if (subject == from)
                {
                    return (subject, comma);
                }

                // When the cue ends the sentence, a clause opening it is the content: "Shelling goes on, the chief, X, has told a briefing."
                return subject >= 0 && segments > 0 && (IsAdjunct(tokens[from]) || (closesSentence && IsSentenceStart(tokens, k))) ? (subject, comma) : (-1, -1);
            }

            segmentEnd = k;
        }

        return subject >= 0 ? (subject, comma) : (-1, -1);
    }

    /// <summary>
    /// Rejects subjects that show the cue word is a noun ("his early-morning tweets", "big plans") or that are the
    /// first or second person of a dialogue ("I think", "you want").
    /// </summary>
    private static bool PlausibleSubject(IReadOnlyList<Token> tokens, int from, int to, Token cue, int cueIndex)
    {
        var last = tokens[to - 1];
        if (to - from == 1 && last.Lower is "i" or "you")
        {
            return false;
        }

        // "anybody who complains", "whether anyone disclosed": a generic quantifier names no source.
        if (last.Lower is "anyone" or "anybody" or "everyone" or "everybody" or "nobody")
        {
            return false;
        }

        if (last.Kind == TokenKind.CloseParen)
        {
            return true;
        }

        Lexicon.StripPossessive(last.Text, out var possessive);
        if (possessive)
        {
            return false;
        }

        if (!Lexicon.NounLikeForms.Contains(cue.Text))
        {
            return true;
        }

        // "environmentalists worry that ...": a plural noun right before a base form followed by "that" is its subject.
        var thatClause = cueIndex + 1 < tokens.Count && tokens[cueIndex + 1].Lower == "that" && to == cueIndex && cue.Lower == cue.Text
            && last.Lower.EndsWith('s') && !last.Lower.EndsWith("ss", StringComparison.Ordinal) && !cue.Lower.EndsWith('s');
        return thatClause || last.IsCapitalized || Lexicon.Pronouns.Contains(last.Text) || Lexicon.AnonymousHeads.Contains(last.Text)
            || Lexicon.OrganizationWords.Contains(last.Text) || Lexicon.DocumentWords.Contains(last.Text)
            || (Lexicon.CueVerbs.TryGetValue(cue.Text, out var lemma) && lemma is "show" or "find" or "suggest" or "indicate" or "reveal" or "document" or "confirm" && DocumentHead(tokens, from, to));
    }

    /// <summary>
    /// "Footage of the crash shows", "data from the survey show": the head of the subject is the word before its first
    /// preposition, and a document head ("video", "data", "poll") is a plausible subject of an evidence verb.
    /// </summary>
    private static bool DocumentHead(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (tokens[k].IsWord && Lexicon.InnerPrepositions.Contains(tokens[k].Text))
            {
                return Lexicon.DocumentWords.Contains(tokens[k - 1].Text);
            }
        }

        return false;
    }

    private static bool BaseFormSubject(IReadOnlyList<Token> tokens, int from, int to, int cue)
    {
        // "a New York Times report": a singular determiner makes the base form a noun.
        if (tokens[from].Lower is "a" or "an")
        {
            return false;
        }

        for (var k = to; k < cue; k++)
        {
            // "began to push for": after a catenative verb the infinitive carries the subject's act.
            if (tokens[k].IsWord && tokens[k].Lower == "to" && k > to && Catenative(tokens[k - 1]) && !(tokens[k - 1].Lower == "on" && k - 2 >= to && tokens[k - 2].Lower is not ("went" or "goes" or "go")))
            {
                return true;
            }

            if (tokens[k].IsWord && tokens[k].Lower is "will" or "would" or "could" or "can" or "may" or "might" or "should" or "must" or "to")
            {
                return false;
            }
        }

        // "she does believe", "the mayor did not want": after a form of "do" the base form is the finite verb, whatever the subject.
        for (var k = to; k < cue; k++)
        {
            if (tokens[k].IsWord && tokens[k].Lower is "do" or "does" or "did" or "doesn't" or "didn't" or "don't" or "doesn’t" or "didn’t" or "don’t")
            {
                return true;
            }
        }

        // The head of the subject is the word before its first preposition ("advisers to Mr. Obama say", "observers in
        // Virginia say"); a coordination ("Mr. Grassley and Mr. Leahy say") is plural whatever its last word.
        var head = to - 1;
        for (var k = from + 1; k < to; k++)
        {
            if (tokens[k].IsWord && tokens[k].Lower == "and")
            {
                return true;
            }

            if (tokens[k].IsWord && (Lexicon.InnerPrepositions.Contains(tokens[k].Text) || tokens[k].Lower == "close"))
            {
                head = k - 1;
                break;
            }
        }

        var last = Lexicon.StripPossessive(tokens[head].Lower, out _);

        // "Data from the survey show": "data" and "media" take the plural in news style.
        if (last is "data" or "media")
        {
            return true;
        }

        // "5 percent prefer", "a majority of members expect": shares of a group take the plural.
        if (last is "they" or "we" or "i" or "you" or "those" or "these" or "police" or "percent" or "majority" or "minority" or "plurality" or "half" or "third" or "quarter" or "some" or "many" or "most" or "several" or "both" or "all")
        {
            return true;
        }

        to = head + 1;
        return last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal) && tokens[to - 1].IsWord && (tokens[to - 1].IsCapitalized || Lexicon.AnonymousHeads.Contains(last) || Lexicon.DocumentWords.Contains(last) || Lexicon.OrganizationWords.Contains(last) || last.Length > 3);
    }

    /// <summary>
    /// For "and"/"but" at <paramref name="conjunction"/>: the antecedent of a "who" that opens the clause the conjunction
    /// continues (no comma, quote or clause end between them), as (from, to, span end after "who"); (-2, -2, -2) when the
    /// "who" has no readable antecedent; (-1, -1, -1) when there is no such "who".
    /// </summary>
    private static (int From, int To, int Span) CoordinatedRelative(IReadOnlyList<Token> tokens, int conjunction)
    {
        for (var k = conjunction - 1; k >= 1 && conjunction - k <= Phrases.MaxLength; k--)
        {
            if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Number)
            {
                return (-1, -1, -1);
            }

            if (tokens[k].Lower == "who")
            {
                var last = tokens[k - 1].Kind == TokenKind.Comma ? k - 2 : k - 1;
                var from = Phrases.WalkLeft(tokens, last);
                // Without a readable antecedent the verb still belongs to the relative clause, never to the sentence's subject.
                return from >= 0 ? (from, last + 1, k + 1) : (-2, -2, -2);
            }
        }

        return (-1, -1, -1);
    }

    /// <summary>"He's", "she’s", "they're": a personal pronoun fused with a contracted "is", "has" or "are".</summary>
    private static bool ContractedSubject(Token t)
    {
        if (!t.IsWord || t.Text.Length < 4)
        {
            return false;
        }

        var w = t.Lower.Replace('’', '\'');
        return w is "he's" or "she's" or "they're" or "they've" or "he'd" or "she'd" or "they'd";
    }

    /// <summary>Verbs that pass their subject to a following infinitive ("continued to", "appeared to", "went on to").</summary>
    private static bool Catenative(Token t) =>
        t.IsWord && t.Lower is "continued" or "continues" or "continue" or "began" or "begins" or "appeared" or "appears" or "seemed" or "seems"
            or "went" or "goes" or "go" or "on";

    private static bool IsSentenceStart(IReadOnlyList<Token> tokens, int k)
    {
        for (var j = k; j >= 0; j--)
        {
            if (tokens[j].Kind is not (TokenKind.Quote or TokenKind.Dash or TokenKind.Other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when nothing but a listener, "that"-less adjuncts and closing punctuation follow the cue.</summary>
    private static bool ClosesSentence(IReadOnlyList<Token> tokens, int after, string lemma)
    {
        if (Lexicon.ObjectVerbs.Contains(lemma))
        {
            var objectEnd = Phrases.WalkRight(tokens, after);
            after = Math.Max(after, objectEnd);
        }

        return OnlyClosing(tokens, ContentStart(tokens, after));
    }

    private static bool IsAdjunct(Token first) =>
        first.IsWord && (Lexicon.InnerPrepositions.Contains(first.Text) || first.Lower is "after" or "before" or "during" or "earlier" or "later" or "meanwhile" or "separately" or "also" or "still" or "however" or "but" or "and" || Phrases.IsTimeName(first));

    /// <summary>Extends an inverted-order source over its apposition ("Abu Yusef Muhajir, a military commander and spokesman").</summary>
    private static int ExtendApposition(IReadOnlyList<Token> tokens, int to)
    {
        if (to + 1 < tokens.Count && tokens[to].Kind == TokenKind.Comma && Lexicon.Determiners.Contains(tokens[to + 1].Text))
        {
            var end = Phrases.WalkRight(tokens, to + 1);
            if (end > to + 2)
            {
                return end;
            }
        }

        return to;
    }

    private static bool IsChannel(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (Lexicon.AudienceWords.Contains(tokens[from].Text) && (to - from == 1 || !tokens[to - 1].IsCapitalized))
        {
            return false;
        }

        var words = new List<Token>();
        for (var k = from; k < to; k++)
        {
            if (tokens[k].IsWord)
            {
                words.Add(tokens[k]);
            }
        }

        if (words.Count == 0)
        {
            return false;
        }

        var lower = words.Select(w => Lexicon.StripPossessive(w.Lower, out _)).ToList();
        return MentionBuilder.KindOf(words, lower) == SourceKind.Outlet;
    }

    private static int SkipAuxiliariesRight(IReadOnlyList<Token> tokens, int k)
    {
        while (k < tokens.Count && tokens[k].IsWord && (Lexicon.Auxiliaries.Contains(tokens[k].Text) && tokens[k].Lower is not ("has" or "have" or "had")))
        {
            k++;
        }

        return k;
    }

    private static int SkipAuxiliariesLeft(IReadOnlyList<Token> tokens, int k)
    {
        while (k >= 0 && (tokens[k].IsWord || tokens[k].Kind == TokenKind.Number))
        {
            var w = tokens[k].Lower;
            // "very clearly pointed out", "almost instantly disclosed": degree words go with the adverb they modify.
            var adverb = (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !tokens[k].IsCapitalized && !Lexicon.AnonymousHeads.Contains(w))
                || (w is "very" or "almost" or "quite" or "rather" or "nearly" && k + 1 < tokens.Count && tokens[k + 1].Lower.EndsWith("ly", StringComparison.Ordinal));
            var negated = w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal) || w is "cannot" or "together";
            if (Lexicon.Auxiliaries.Contains(w) || adverb || negated)
            {
                k--;
                continue;
            }

            // "Okafor, who in 2012 said": a year adjunct between the subject and the cue.
            if (tokens[k].Kind == TokenKind.Number && tokens[k].Text.Length == 4 && k >= 1 && tokens[k - 1].Lower == "in")
            {
                k -= 2;
                continue;
            }

            // "began to push for", "appeared to suggest", "went on to argue": a catenative verb hands its subject to the cue.
            if (w == "to" && k >= 2 && Catenative(tokens[k - 1]))
            {
                if (tokens[k - 1].Lower == "on" && tokens[k - 2].Lower is not ("went" or "goes" or "go"))
                {
                    break;
                }

                k -= tokens[k - 1].Lower == "on" ? 3 : 2;
                continue;
            }

            // "A survey released Monday shows", "a study published last year found": a document with a dated participle.
            var timeFrom = Phrases.IsTimeName(tokens[k]) ? k : tokens[k].Lower is "week" or "month" or "year" && k >= 1 && tokens[k - 1].Lower is "last" or "this" ? k - 1 : -1;
            if (timeFrom >= 2 && tokens[timeFrom - 1].IsWord && tokens[timeFrom - 1].Lower.EndsWith("ed", StringComparison.Ordinal) && !tokens[timeFrom - 1].IsCapitalized
                && Lexicon.DocumentWords.Contains(tokens[timeFrom - 2].Text))
            {
                return timeFrom - 2;
            }

            // "X on Monday said", "X last week said", "X this week also said".
            if ((Phrases.IsTimeName(tokens[k]) || tokens[k].Lower is "week" or "month" or "year" or "weekend" or "morning" or "night" or "evening" or "afternoon")
                && k >= 1 && tokens[k - 1].Lower is "on" or "last" or "this" or "next" or "that")
            {
                k -= 2;
                continue;
            }

            break;
        }

        return k;
    }

    /// <summary>First content token after a cue: skips "that", colons, and adjuncts like "on Monday" or "in a statement".</summary>
    private static int ContentStart(IReadOnlyList<Token> tokens, int k)
    {
        var guard = k + 8;
        while (k < tokens.Count && k < guard)
        {
            var t = tokens[k];
            if (t.Kind is TokenKind.Comma or TokenKind.Colon || (t.IsWord && t.Lower is "that" or "on" or "in" or "a" or "an" or "the" or "statement" or "interview" or "last" or "this" or "week" or "earlier" or "also" or "today" or "yesterday" or "late" or "early")
                || Phrases.IsTimeName(t))
            {
                // "said in the city": stop once "in"/"on" is not followed by a time or statement word.
                if (t.IsWord && t.Lower is "in" or "on" && !(k + 1 < tokens.Count && (Phrases.IsTimeName(tokens[k + 1]) || tokens[k + 1].Lower is "a" or "an" or "the" or "statement" or "interview")))
                {
                    return k;
                }

                if (t.IsWord && t.Lower is "a" or "an" or "the" && !(k + 1 < tokens.Count && tokens[k + 1].Lower is "statement" or "interview" or "briefing"))
                {
                    return k;
                }

                k++;
                continue;
            }

            break;
        }

        return k;
    }

    private static bool OnlyClosing(IReadOnlyList<Token> tokens, int k)
    {
        for (; k < tokens.Count; k++)
        {
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    private static int FirstContentToken(IReadOnlyList<Token> tokens)
    {
        var k = 0;
        while (k < tokens.Count && tokens[k].Kind is TokenKind.Quote or TokenKind.Dash or TokenKind.Other)
        {
            k++;
        }

        return k;
    }

    /// <summary>The exclusive end of the content before token <paramref name="k"/> (drops the comma and quote before a trailing source).</summary>
    private static int LastContentBefore(IReadOnlyList<Token> tokens, int k)
    {
        while (k > 0 && tokens[k - 1].Kind is TokenKind.Comma or TokenKind.Quote or TokenKind.Dash)
        {
            k--;
        }

        return k;
    }

    private static int SkipPunctuation(IReadOnlyList<Token> tokens, int k)
    {
        while (k < tokens.Count && tokens[k].Kind is TokenKind.Comma or TokenKind.Colon or TokenKind.Dash)
        {
            k++;
        }

        return k;
    }

    private static bool IsAdjectiveLike(Token t) =>
        t.IsWord && !Lexicon.Pronouns.Contains(t.Text) && !Lexicon.AnonymousHeads.Contains(t.Text) && !t.IsCapitalized
        && (t.Lower.EndsWith("ent", StringComparison.Ordinal) || t.Lower.EndsWith("al", StringComparison.Ordinal) || t.Lower.EndsWith("ous", StringComparison.Ordinal)
            || t.Lower.EndsWith("ial", StringComparison.Ordinal) || t.Lower.EndsWith("ary", StringComparison.Ordinal) || t.Lower is "new" or "latest" or "recent" or "early" or "media" or "news" or "press" or "these" or "those");

    private static TextSpan? SpanOf(IReadOnlyList<Token> tokens, int from, int to, TextSpan sentence)
    {
        to = Math.Min(to, tokens.Count);
        while (to > from && tokens[to - 1].Kind is TokenKind.End or TokenKind.Comma)
        {
            to--;
        }

        if (from >= to || from < 0)
        {
            return null;
        }

        var span = new TextSpan(tokens[from].Start, tokens[to - 1].End);
        return sentence.Contains(span) ? span : null;
    }

    /// <summary>Content that runs into a later cue's source phrase in the same sentence stops before it ("A said X, and B said Y").</summary>
    private static List<RawAttribution> Trim(IReadOnlyList<Token> tokens, List<RawAttribution> found, TextSpan sentence)
    {
        for (var k = 0; k < found.Count - 1; k++)
        {
            var current = found[k];
            var next = found[k + 1];
            // An attitude inside a statement ("X said rebels want ...") nests in its content rather than ending it.
            if (current.Trailing || next.SourceFrom < 0 || current.Content is not { } content || next.Trailing || next.Cites || next.Class != CueClass.Speech)
            {
                continue;
            }

            var cut = tokens[next.SourceFrom].Start;
            if (content.Contains(cut) && cut > content.Start)
            {
                var end = next.SourceFrom;
                while (end > 0 && tokens[end - 1].IsWord && tokens[end - 1].Lower is "and" or "but" or "while" or "as" or "whereas")
                {
                    end--;
                }

                found[k] = current with { Content = SpanOf(tokens, IndexAt(tokens, content.Start), end, sentence) };
            }
        }

        return found;
    }

    /// <summary>The first token starting at or after <paramref name="offset"/> (binary search: tokens are in offset order).</summary>
    private static int IndexAt(IReadOnlyList<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
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
}
