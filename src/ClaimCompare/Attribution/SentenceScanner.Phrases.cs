using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>Cues that are not a verb with its subject: speaker labels, stance adjectives, statement nouns, "as X put it", "in X's view", "according to".</summary>
internal static partial class SentenceScanner
{
    /// <summary>Role <c>attribution.copula</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionCopulaWords = Language.Lexicon.Default.Words("attribution.copula");

    /// <summary>Role <c>attribution.degree-adverb</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionDegreeAdverbWords = Language.Lexicon.Default.Words("attribution.degree-adverb");

    /// <summary>Role <c>attribution.determiner-nominal</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionDeterminerNominalWords = Language.Lexicon.Default.Words("attribution.determiner-nominal");

    /// <summary>Role <c>attribution.document-head</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionDocumentHeadWords = Language.Lexicon.Default.Words("attribution.document-head");

    /// <summary>Role <c>attribution.in-view-noun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionInViewNounWords = Language.Lexicon.Default.Words("attribution.in-view-noun");

    /// <summary>Role <c>attribution.non-person-subject</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionNonPersonSubjectWords = Language.Lexicon.Default.Words("attribution.non-person-subject");

    /// <summary>Role <c>attribution.stance-complement</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionStanceComplementWords = Language.Lexicon.Default.Words("attribution.stance-complement");

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
        if (i + 2 >= tokens.Count || !tokens[i + 1].IsWord || !AttributionStanceComplementWords.HasWord(tokens[i + 1].Lower)
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
        while (be >= 0 && be >= i - 3 && tokens[be].IsWord && (AttributionDegreeAdverbWords.HasWord(tokens[be].Lower)
            || (tokens[be].Lower.EndsWith("ly", StringComparison.Ordinal) && tokens[be].Lower.Length > 4)))
        {
            be--;
        }

        if (be < 1 || !tokens[be].IsWord || !AttributionCopulaWords.HasWord(tokens[be].Lower))
        {
            return null;
        }

        var last = SkipAuxiliariesLeft(tokens, be - 1);
        if (last < 0 || !tokens[last].IsWord)
        {
            return null;
        }

        var from = Phrases.WalkLeft(tokens, last);
        if (from < 0 || AttributionNonPersonSubjectWords.HasWord(tokens[last].Lower) || !PlausibleSubject(tokens, from, last + 1, tokens[i], i))
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
    private static RawAttribution? Nominal(IReadOnlyList<Token> tokens, int i, TextSpan sentence)
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
            if (AttributionPossessivePersonWords.HasWord(word.Lower))
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

                // A lower-case possessor needs a phrase around it: a name before it ("Lagos police's") or an article opening it
                // ("the port agency's"); a bare "police's" could end any phrase.
                if (!tokens[k].IsCapitalized && from == k)
                {
                    var d = k;
                    while (d > 0 && k - d < 3 && tokens[d - 1].IsWord && !Lexicon.Determiners.Contains(tokens[d - 1].Text) && !tokens[d - 1].IsCapitalized && !Phrases.LooksVerbal(tokens[d - 1]) && !Lexicon.ClauseWords.Contains(tokens[d - 1].Text) && !Lexicon.InnerPrepositions.Contains(tokens[d - 1].Text))
                    {
                        d--;
                    }

                    if (d > 0 && AttributionDeterminerNominalWords.HasWord(tokens[d - 1].Lower))
                    {
                        return new RawAttribution(i, i + 1, d - 1, k + 1) { Content = SpanOf(tokens, i + 2, tokens.Count, sentence) };
                    }
                }

                return tokens[k].IsCapitalized || from < k ? new RawAttribution(i, i + 1, from, k + 1) { Content = SpanOf(tokens, i + 2, tokens.Count, sentence) } : null;
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

            if (AttributionInViewNounWords.HasWord(tokens[k].Lower))
            {
                var possessor = tokens[k - 1];
                Lexicon.StripPossessive(possessor.Text, out var possessive);
                if (!(possessive || AttributionPossessivePersonWords.HasWord(possessor.Lower)) || (k - i > 2 && !possessive))
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

        if (!tokens[head].IsWord || !AttributionDocumentHeadWords.HasWord(tokens[head].Lower))
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
    /// opening adjunct ("Later that evening, the mayor criticised ..."), when it is a name, a pronoun or a determiner phrase
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

        // "What Sammon saw ...", "When Lena Okafor arrived, ...": a clause word opening the sentence is capitalised by position, not
        // part of a name; the name, if any, starts after it (and must still have two words).
        if (Lexicon.ClauseWords.Contains(tokens[first].Text))
        {
            first++;
            if (first >= tokens.Count || !tokens[first].IsCapitalized)
            {
                return null;
            }
        }

        var end = Phrases.WalkRight(tokens, first);
        if (end <= first || end >= tokens.Count || !tokens[end].IsWord)
        {
            // The walk may run on through a verb it does not know ("Chris Anderson went home"): the capitalised words that open
            // the sentence, followed by a lower-case word, are the subject's name.
            end = first;
            while (end < tokens.Count && end - first < 6 && tokens[end].IsWord && tokens[end].IsCapitalized)
            {
                end++;
            }

            if (end - first < 2 || end >= tokens.Count || !tokens[end].IsWord || tokens[end].IsCapitalized)
            {
                return null;
            }
        }

        var mention = MentionBuilder.Build(text, tokens, first, end);
        return mention is { Kind: SourceKind.Person } && mention.Name.Contains(' ', StringComparison.Ordinal) ? mention : null;
    }

    private static RawAttribution? According(IReadOnlyList<Token> tokens, int i, TextSpan sentence)
    {
        var from = i + 2;
        var to = Phrases.WalkRight(tokens, from);
        if (to <= from)
        {
            return null;
        }

        // "according to figures released by the ministry", "according to a tally by the agency": a document with its author
        // after "by" is that author's word; the author is the source. The phrase after "according to" still ends the source span.
        var (sourceFrom, sourceTo, phraseTo) = (from, to, to);
        if (Lexicon.DocumentWords.Contains(tokens[to - 1].Text) && DocumentAuthor(tokens, to) is var (authorFrom, authorTo) && authorFrom >= 0)
        {
            (sourceFrom, sourceTo, phraseTo) = (authorFrom, authorTo, authorTo);
        }

        var atStart = FirstContentToken(tokens) >= i;
        TextSpan? content = atStart
            ? SpanOf(tokens, SkipPunctuation(tokens, phraseTo), tokens.Count, sentence)
            : SpanOf(tokens, FirstContentToken(tokens), i, sentence);
        return new RawAttribution(i, i + 2, sourceFrom, sourceTo) { Content = content, Trailing = !atStart };
    }

    /// <summary>
    /// The author of a document phrase ending before <paramref name="at"/>: "by X" right after it ("a tally by the agency") or
    /// after a participle ("figures released by the ministry", "data compiled by the bureau"), as (from, to); (-1, -1) when none.
    /// </summary>
    private static (int From, int To) DocumentAuthor(IReadOnlyList<Token> tokens, int at)
    {
        var by = at < tokens.Count && tokens[at].Lower == "by" ? at
            : at + 1 < tokens.Count && tokens[at].IsWord && !tokens[at].IsCapitalized && tokens[at].Lower.EndsWith("ed", StringComparison.Ordinal) && tokens[at + 1].Lower == "by" ? at + 1
            : -1;
        if (by < 0)
        {
            return (-1, -1);
        }

        var to = Phrases.WalkRight(tokens, by + 1);
        return to > by + 1 ? (by + 1, to) : (-1, -1);
    }
}
