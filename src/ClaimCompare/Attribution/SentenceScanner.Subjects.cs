using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>Where a source phrase starts and ends: possessors, appositions, plausible holders, relative clauses, channels.</summary>
internal static partial class SentenceScanner
{
    /// <summary>Role <c>attribution.adjunct-start</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionAdjunctStartWords = Language.Lexicon.Default.Words("attribution.adjunct-start");

    /// <summary>Role <c>attribution.base-form-subject</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionBaseFormSubjectWords = Language.Lexicon.Default.Words("attribution.base-form-subject");

    /// <summary>Role <c>attribution.catenative</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionCatenativeWords = Language.Lexicon.Default.Words("attribution.catenative");

    /// <summary>Role <c>attribution.contracted-subject</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionContractedSubjectWords = Language.Lexicon.Default.Words("attribution.contracted-subject");

    /// <summary>Role <c>attribution.do-form</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionDoFormWords = Language.Lexicon.Default.Words("attribution.do-form");

    /// <summary>Role <c>attribution.evidence-lemma</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionEvidenceLemmaWords = Language.Lexicon.Default.Words("attribution.evidence-lemma");

    /// <summary>Role <c>attribution.first-second-pronoun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionFirstSecondPronounWords = Language.Lexicon.Default.Words("attribution.first-second-pronoun");

    /// <summary>Role <c>attribution.go-form</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionGoFormWords = Language.Lexicon.Default.Words("attribution.go-form");

    /// <summary>Role <c>attribution.group-noun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionGroupNounWords = Language.Lexicon.Default.Words("attribution.group-noun");

    /// <summary>Role <c>attribution.group-noun-of</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionGroupNounOfWords = Language.Lexicon.Default.Words("attribution.group-noun-of");

    /// <summary>Role <c>attribution.in-or-of</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionInOrOfWords = Language.Lexicon.Default.Words("attribution.in-or-of");

    /// <summary>Role <c>attribution.indefinite-anyone</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionIndefiniteAnyoneWords = Language.Lexicon.Default.Words("attribution.indefinite-anyone");

    /// <summary>Role <c>attribution.indefinite-person</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionIndefinitePersonWords = Language.Lexicon.Default.Words("attribution.indefinite-person");

    /// <summary>Role <c>attribution.modal-or-to-base</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionModalOrToBaseWords = Language.Lexicon.Default.Words("attribution.modal-or-to-base");

    /// <summary>Role <c>attribution.object-pronoun-subject</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionObjectPronounSubjectWords = Language.Lexicon.Default.Words("attribution.object-pronoun-subject");

    /// <summary>Role <c>attribution.plural-latin</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionPluralLatinWords = Language.Lexicon.Default.Words("attribution.plural-latin");

    /// <summary>Role <c>attribution.plural-number</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionPluralNumberWords = Language.Lexicon.Default.Words("attribution.plural-number");

    /// <summary>Role <c>attribution.subject-clause-opener</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionSubjectClauseOpenerWords = Language.Lexicon.Default.Words("attribution.subject-clause-opener");

    /// <summary>Role <c>attribution.to-by-like</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionToByLikeWords = Language.Lexicon.Default.Words("attribution.to-by-like");

    /// <summary>Role <c>attribution.would-or-could</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionWouldOrCouldWords = Language.Lexicon.Default.Words("attribution.would-or-could");

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
    /// ("The Observatory, a British-based group, said", "Dana Pruitt, of Tulsa, said", "The governor, speaking in Dayton, said").
    /// Returns the subject phrase and the end of the whole source span (the last token before the comma); (-1, -1) when
    /// the text before the comma is a clause (the inverted "..., said X").
    /// </summary>
    private static (int From, int To) Apposition(IReadOnlyList<Token> tokens, int comma, bool closesSentence)
    {
        var segmentEnd = comma;
        var subject = -1;
        var phrases = 0;
        var clauses = 0;
        for (var segments = 0; segments < 6; segments++)
        {
            var k = segmentEnd - 1;
            while (k >= 0 && segmentEnd - k <= Phrases.MaxLength * 2 && tokens[k].Kind is not (TokenKind.Comma or TokenKind.Quote or TokenKind.Colon or TokenKind.Dash or TokenKind.End))
            {
                k = SkipParenthesis(tokens, k);
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
            // "Pressed on the cuts, the minister, X, said": a participle clause opening the sentence is an adjunct, even when the
            // phrase walk reads it as a noun phrase.
            var isPhrase = phraseStart == from && !(subject >= 0 && clauses == 0 && (k < 0 || tokens[k].Kind != TokenKind.Comma) && OpeningParticiple(tokens, from, segmentEnd));
            if (isPhrase)
            {
                // When the cue ends the sentence, the sentence's first part is what was said, not who said it:
                // "Convoys are still being shelled near the bridges, the chief of ..., Sergei Rudskoi, has told a briefing."
                if (closesSentence && phrases > 0 && (k < 0 || tokens[k].Kind != TokenKind.Comma) && IsSentenceStart(tokens, k))
                {
                    return (subject, comma);
                }

                subject = from;
                phrases++;
            }
            else if (phraseStart > from && !OpeningParticiple(tokens, from, segmentEnd) && tokens[phraseStart - 1].IsWord && AttributionSubjectClauseOpenerWords.HasWord(tokens[phraseStart - 1].Lower)
                && !(tokens[phraseStart - 1].Lower == "as" && DeterminerIndefiniteWords.HasWord(tokens[phraseStart].Lower))
                && (tokens[phraseStart].IsCapitalized || Lexicon.Determiners.Contains(tokens[phraseStart].Text)))
            {
                // "as the driver, shaking at the roadside, said": the phrase opens a clause inside the segment.
                return (phraseStart, comma);
            }

            if (k < 0 || tokens[k].Kind != TokenKind.Comma)
            {
                // The sentence (or quote) starts here: the subject is the leftmost phrase, after an opening adjunct
                // ("In an interview, one of the organisers, Dana Pruitt, said") when there is one.
                if (subject == from)
                {
                    return (subject, comma);
                }

                // When the cue ends the sentence, a clause opening it is the content: "Shelling goes on, the chief, X, has told a briefing."
                return subject >= 0 && segments > 0 && (IsAdjunct(tokens[from]) || clauses == 0 && (OpeningParticiple(tokens, from, segmentEnd) || OpeningSubordinate(tokens[from])) || (closesSentence && IsSentenceStart(tokens, k))) ? (subject, comma) : (-1, -1);
            }

            if (!isPhrase && !InsertedSegment(tokens, from))
            {
                clauses++;
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
        if (to - from == 1 && AttributionFirstSecondPronounWords.HasWord(last.Lower))
        {
            return false;
        }

        // "Not that anyone in the business is arguing": a generic quantifier heading the phrase names no source either;
        // a lone object pronoun ("reviewed them told") is never a subject.
        if (AttributionIndefiniteAnyoneWords.HasWord(tokens[from].Lower) || to - from == 1 && AttributionObjectPronounSubjectWords.HasWord(last.Lower))
        {
            return false;
        }

        // "anybody who complains", "whether anyone disclosed": a generic quantifier names no source.
        // "Not everyone agrees" and "no one expected" deny a view of a whole group; they are attributions, unlike "anyone who".
        if (AttributionIndefinitePersonWords.HasWord(last.Lower) && !NegatedUniversal(tokens, from, to))
        {
            return false;
        }

        if (last.Kind == TokenKind.CloseParen)
        {
            return true;
        }

        if (Disagrees(tokens, from, to, cue))
        {
            return false;
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

        // "the witness's Privacy Act claims", "a batch of Water Board rules": a noun-like form after a capitalised compound that
        // hangs on a possessor or an indefinite article closes that noun phrase.
        if (last.IsCapitalized && to - from >= 3 && tokens[to - 2].IsCapitalized && (DeterminerIndefiniteWords.HasWord(tokens[from].Lower) || HasPossessor(tokens, from, to - 2)))
        {
            return false;
        }

        // "environmentalists worry that ...": a plural noun right before a base form followed by "that" is its subject.
        var thatClause = cueIndex + 1 < tokens.Count && tokens[cueIndex + 1].Lower == "that" && to == cueIndex && cue.Lower == cue.Text
            && last.Lower.EndsWith('s') && !last.Lower.EndsWith("ss", StringComparison.Ordinal) && !cue.Lower.EndsWith('s');
        return thatClause || last.IsCapitalized || NegatedUniversal(tokens, from, to) || Lexicon.Pronouns.Contains(last.Text) || Lexicon.AnonymousHeads.Contains(last.Text)
            || Lexicon.OrganizationWords.Contains(last.Text) || Lexicon.DocumentWords.Contains(last.Text)
            || (Lexicon.CueVerbs.TryGetValue(cue.Text, out var lemma) && (AttributionEvidenceLemmaWords.HasWord(lemma) || lemma == "state" && cueIndex + 1 < tokens.Count && tokens[cueIndex + 1].Lower == "that")
                && DocumentHead(tokens, from, to));
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
        // "a Harbor Gazette report": a singular determiner makes the base form a noun ("a number of members echo" is plural).
        if (DeterminerIndefiniteWords.HasWord(tokens[from].Lower) && !ShareAfterArticle(tokens, from, to) && !(to - from > 2 && AttributionGroupNounOfWords.HasWord(tokens[from + 1].Lower) && tokens[from + 2].Lower == "of"))
        {
            return false;
        }

        for (var k = to; k < cue; k++)
        {
            // "began to push for": after a catenative verb the infinitive carries the subject's act.
            if (tokens[k].IsWord && tokens[k].Lower == "to" && k > to && Catenative(tokens[k - 1]) && !(tokens[k - 1].Lower == "on" && k - 2 >= to && !AttributionGoFormWords.HasWord(tokens[k - 2].Lower)))
            {
                return true;
            }

            // "could not explain": a negated modal reports a failure or refusal to state, whatever the subject.
            if (tokens[k].IsWord && AttributionWouldOrCouldWords.HasWord(tokens[k].Lower) && k + 1 < cue && tokens[k + 1].Lower == "not")
            {
                return true;
            }

            if (tokens[k].IsWord && AttributionModalOrToBaseWords.HasWord(tokens[k].Lower))
            {
                return false;
            }
        }

        // "she does believe", "the mayor did not want": after a form of "do" the base form is the finite verb, whatever the subject.
        for (var k = to; k < cue; k++)
        {
            if (tokens[k].IsWord && AttributionDoFormWords.HasWord(tokens[k].Lower))
            {
                return true;
            }
        }

        // The head of the subject is the word before its first preposition ("aides to Ms. Delaney say", "observers in
        // the valley say"); a coordination ("Ms. Ortega and Mr. Hale say") is plural whatever its last word.
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

                // "people briefed on the talks say", "analysts familiar with the deal say": a participle or an adjective before
                // the preposition modifies the noun before it, which is the head.
                if (head > from && PostModifier(tokens[head]) && tokens[head - 1].IsWord)
                {
                    head--;
                }

                break;
            }
        }

        var last = Lexicon.StripPossessive(tokens[head].Lower, out _);

        // "The women say", "fishermen say", "children say": an irregular plural (WordNet's exception lists, the -men rule).
        if (tokens[head].IsWord && (!tokens[head].IsCapitalized || head == FirstContentToken(tokens)) && Language.WordNet.Default.IsIrregularPlural(last))
        {
            return true;
        }

        // "Data from the survey show": "data" and "media" take the plural in news style.
        if (AttributionPluralLatinWords.HasWord(last))
        {
            return true;
        }

        // "eight of 10 voters say", "a number of members echo": counts and amounts of a group take the plural.
        if (CountedSubject(tokens, to - 1) == from || tokens[head].Kind == TokenKind.Number && tokens[head].Text != "1" || AttributionPluralNumberWords.HasWord(last)
            || AttributionGroupNounWords.HasWord(last) && head == from + 1 && tokens[from].Lower is "a")
        {
            return true;
        }

        // "5 percent prefer", "a majority of members expect": shares of a group take the plural.
        if (AttributionBaseFormSubjectWords.HasWord(last))
        {
            return true;
        }

        to = head + 1;
        return last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal) && tokens[to - 1].IsWord && (tokens[to - 1].IsCapitalized || Lexicon.AnonymousHeads.Contains(last) || Lexicon.DocumentWords.Contains(last) || Lexicon.OrganizationWords.Contains(last) || last.Length > 3);
    }

    /// <summary>
    /// "43 said", "Two in three say", "About one in five say", "more than 4 in 10 said": a count, or a count "in"/"of"/"out of"
    /// another, ending at <paramref name="last"/> right before a verb counts people (respondents, members, voters) and is the
    /// subject; returns the count's first token, or -1. A count governed by a preposition ("in 2017 said", "the mother of three
    /// replied") is not a subject, nor is a lone "one" ("one says" is generic) or a lone year.
    /// </summary>
    private static int CountedSubject(IReadOnlyList<Token> tokens, int last)
    {
        // "47% say": a percent sign after a number is the share "47 percent", a count of people like the rest.
        if (PercentShare(tokens, last))
        {
            last--;
            return last >= 1 && tokens[last - 1].IsWord && (Lexicon.InnerPrepositions.Contains(tokens[last - 1].Text) || AttributionToByLikeWords.HasWord(tokens[last - 1].Lower))
                ? -1
                : last;
        }

        if (last < 0 || !IsCount(tokens[last]))
        {
            return -1;
        }

        var from = last;
        if (from >= 2 && (IsCount(tokens[from - 2]) || tokens[from - 2].Text == "1") && tokens[from - 1].IsWord && AttributionInOrOfWords.HasWord(tokens[from - 1].Lower))
        {
            from -= 2;
        }
        else if (from >= 3 && IsCount(tokens[from - 3]) && tokens[from - 2].Lower == "out" && tokens[from - 1].Lower == "of")
        {
            from -= 3;
        }
        else if (tokens[last].Lower == "one" || tokens[last].Kind == TokenKind.Number && tokens[last].Text.Length == 4 && tokens[last].Text[0] is '1' or '2')
        {
            return -1;
        }

        return from >= 1 && tokens[from - 1].IsWord && (Lexicon.InnerPrepositions.Contains(tokens[from - 1].Text) || AttributionToByLikeWords.HasWord(tokens[from - 1].Lower))
            ? -1
            : from;
    }

    /// <summary>
    /// A word that can follow a noun as its modifier before a preposition: a lower-case -ed participle ("briefed on") or a
    /// word WordNet knows only as an adjective ("angry at", "critical of"; not "familiar", also a noun, nor "seven of").
    /// </summary>
    private static bool PostModifier(Token t) =>
        t.IsWord && !t.IsCapitalized
        && (t.Lower.EndsWith("ed", StringComparison.Ordinal) || Language.WordNet.Default.Knows(t.Lower, Language.WordClass.Adjective) && !Language.WordNet.Default.Knows(t.Lower, Language.WordClass.Noun));

    /// <summary>A number token other than "1", or a number word ("three", "ten").</summary>
    private static bool IsCount(Token t) =>
        t.Kind == TokenKind.Number && t.Text != "1" || t.IsWord && Extraction.Scanning.NumberLexicon.IsNumberWord(t.Lower);

    /// <summary>"a mere 9 percent", "a full 79 percent of members": an article before an adjective and a share is not singular.</summary>
    private static bool ShareAfterArticle(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from + 1; k + 1 < to && k <= from + 2; k++)
        {
            if (tokens[k].Kind == TokenKind.Number && tokens[k + 1].Lower == "percent")
            {
                return true;
            }
        }

        return false;
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
        return AttributionContractedSubjectWords.HasWord(w);
    }

    /// <summary>Verbs that pass their subject to a following infinitive ("continued to", "appeared to", "went on to", "has yet to").</summary>
    private static bool Catenative(Token t) =>
        t.IsWord && AttributionCatenativeWords.HasWord(t.Lower);

    private static bool IsSentenceStart(IReadOnlyList<Token> tokens, int k) => k < FirstContentToken(tokens);

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
        first.IsWord && (Lexicon.InnerPrepositions.Contains(first.Text) || AttributionAdjunctStartWords.HasWord(first.Lower) || Phrases.IsTimeName(first));

    /// <summary>Extends an inverted-order source over its apposition ("Omar Saleh, a brigade commander and spokesman").</summary>
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
}
