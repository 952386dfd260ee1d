using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>
/// Nominal cues (issue 4): a speech event opening the sentence ("In a statement, ..."), "by her own account", and the speech
/// noun of a light or issue verb past an indirect object or a participle modifier ("gave the pilot a ringing endorsement: ...").
/// docs/attribution.md ("Nominal and passive cues") lists what was measured and dropped.
/// </summary>
internal static partial class SentenceScanner
{
    /// <summary>Role <c>attribution.account-quantifier</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionAccountQuantifierWords = Language.Lexicon.Default.Words("attribution.account-quantifier");

    /// <summary>Role <c>attribution.adverb-after-by</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionAdverbAfterByWords = Language.Lexicon.Default.Words("attribution.adverb-after-by");

    /// <summary>Role <c>attribution.event-adjunct-preposition</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionEventAdjunctPrepositionWords = Language.Lexicon.Default.Words("attribution.event-adjunct-preposition");

    /// <summary>Role <c>attribution.give-verb</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionGiveVerbWords = Language.Lexicon.Default.Words("attribution.give-verb");

    /// <summary>Role <c>attribution.in-or-during</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionInOrDuringWords = Language.Lexicon.Default.Words("attribution.in-or-during");

    /// <summary>Role <c>attribution.measure-after-by</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionMeasureAfterByWords = Language.Lexicon.Default.Words("attribution.measure-after-by");

    /// <summary>Role <c>attribution.not-agent</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionNotAgentWords = Language.Lexicon.Default.Words("attribution.not-agent");

    /// <summary>Role <c>attribution.person-pronoun</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionPersonPronounWords = Language.Lexicon.Default.Words("attribution.person-pronoun");

    /// <summary>Role <c>attribution.possessive</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionPossessiveWords = Language.Lexicon.Default.Words("attribution.possessive");

    /// <summary>Role <c>attribution.speech-event-preposition</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionSpeechEventPrepositionWords = Language.Lexicon.Default.Words("attribution.speech-event-preposition");

    /// <summary>Role <c>attribution.time-agent</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionTimeAgentWords = Language.Lexicon.Default.Words("attribution.time-agent");

    /// <summary>Role <c>determiner.article</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> DeterminerArticleWords = Language.Lexicon.Default.Words("determiner.article");

    /// <summary>
    /// "In a memo sent to staff, the manager was less upbeat", "In his remarks, the captain lingered on the crew": a sentence-opening
    /// "in" phrase headed by a speech event makes the sentence's subject the speaker, when no other cue in the sentence names one.
    /// </summary>
    private static RawAttribution? InSpeechEvent(IReadOnlyList<Token> tokens, TextSpan sentence)
    {
        var i = FirstContentToken(tokens);
        if (i + 3 >= tokens.Count || tokens[i].Lower != "in" || !tokens[i + 1].IsWord || !Lexicon.Determiners.Contains(tokens[i + 1].Text))
        {
            return null;
        }

        // The head closes the first noun phrase, before any preposition or participle: "a memo (sent to staff)",
        // "an interview (with a radio host)"; "the room after the vote" is headed by "room".
        var head = i + 1;
        while (head + 1 < tokens.Count && head - i < 5 && tokens[head + 1].IsWord && !Lexicon.InnerPrepositions.Contains(tokens[head + 1].Text)
            && !Phrases.LooksVerbal(tokens[head + 1]) && !Lexicon.ClauseWords.Contains(tokens[head + 1].Text)
            && !AttributionEventAdjunctPrepositionWords.HasWord(tokens[head + 1].Lower))
        {
            head++;
        }

        if (!Lexicon.SpeechEvents.Contains(tokens[head].Text))
        {
            return null;
        }

        var comma = head + 1;
        while (comma < tokens.Count && comma - i <= Phrases.MaxLength && tokens[comma].Kind is not (TokenKind.Comma or TokenKind.End))
        {
            comma++;
        }

        if (comma >= tokens.Count || tokens[comma].Kind != TokenKind.Comma)
        {
            return null;
        }

        // The subject follows the comma straight away and a verb follows it: "..., transport minister Jane Okafor was ...".
        var from = comma + 1;
        var to = from < tokens.Count ? Phrases.WalkRight(tokens, from) : from;
        if (to <= from || to >= tokens.Count || !tokens[from].IsWord || !tokens[to].IsWord || Phrases.IsTimeName(tokens[from])
            || Lexicon.InnerPrepositions.Contains(tokens[from].Text) || Lexicon.ClauseWords.Contains(tokens[from].Text)
            || Lexicon.ClauseWords.Contains(tokens[to].Text) && !Lexicon.Auxiliaries.Contains(tokens[to].Text) && !Lexicon.BeForms.Contains(tokens[to].Text)
            || !Speaker(tokens, from, to))
        {
            return null;
        }

        return new RawAttribution(i, head + 1, from, to) { Content = SpanOf(tokens, to, tokens.Count, sentence) };
    }

    /// <summary>
    /// A phrase that can speak: a name, he/she/they, or a phrase headed by a role, an unnamed speaker or an organisation ("the
    /// ministry"). "In the email, the word 'urgent' appears" names no speaker.
    /// </summary>
    private static bool Speaker(IReadOnlyList<Token> tokens, int from, int to)
    {
        var head = tokens[to - 1];
        return AttributionPersonPronounWords.HasWord(tokens[from].Lower) || head.IsCapitalized || Lexicon.PersonRoleNouns.Contains(head.Text)
            || Lexicon.AnonymousHeads.Contains(head.Text) || Lexicon.OrganizationWords.Contains(head.Text) || Lexicon.OfficialWords.Contains(head.Text);
    }

    /// <summary>
    /// "By his own account, he ...", "..., by the agency's estimate", "by one estimate, ...": an account or estimate frames the clause,
    /// before or after it. Its possessor is the source, or, with no possessor, the estimate itself ("one estimate", "most accounts").
    /// "By some measures" is left alone: a measure is a yardstick, not a statement.
    /// </summary>
    private static RawAttribution? OwnAccount(IReadOnlyList<Token> tokens, int i, TextSpan sentence)
    {
        var noun = i + 1;
        while (noun < tokens.Count && noun - i <= 5 && tokens[noun].IsWord && !Lexicon.OwnAccountNouns.Contains(tokens[noun].Text))
        {
            noun++;
        }

        if (noun >= tokens.Count || noun == i + 1 || !tokens[noun].IsWord || !Lexicon.OwnAccountNouns.Contains(tokens[noun].Text)
            || noun + 1 < tokens.Count && tokens[noun + 1].Kind is not (TokenKind.Comma or TokenKind.End or TokenKind.Quote or TokenKind.CloseParen or TokenKind.Dash))
        {
            // The phrase stands alone, set off from its clause: "by a count of 3 to 1" and "by an estimate margin" are measures.
            return null;
        }

        // The last possessive before the noun ends the possessor ("the city's own", "her"); only "own" or lower-case modifiers follow it.
        var possessor = -1;
        for (var k = noun - 1; k > i; k--)
        {
            Lexicon.StripPossessive(tokens[k].Text, out var possessive);
            if (possessive || AttributionPossessiveWords.HasWord(tokens[k].Lower))
            {
                possessor = k;
                break;
            }

            if (tokens[k].IsCapitalized || Lexicon.InnerPrepositions.Contains(tokens[k].Text) || Lexicon.ClauseWords.Contains(tokens[k].Text))
            {
                return null;
            }
        }

        int from = i + 1, to, cueFrom, cueTo;
        if (possessor >= 0)
        {
            // "by his own account": the possessor phrase runs from "by" to the possessive (one pronoun, or words ending in 's).
            if (AttributionPossessiveWords.HasWord(tokens[possessor].Lower) && possessor != i + 1)
            {
                return null;
            }

            (to, cueFrom, cueTo) = (possessor + 1, possessor + 1, noun + 1);
        }
        else if (AttributionAccountQuantifierWords.HasWord(tokens[i + 1].Lower))
        {
            // "by one estimate", "by most accounts": the estimate is the source, "by" the cue.
            (to, cueFrom, cueTo) = (noun + 1, i, i + 1);
        }
        else
        {
            return null;
        }

        // Opening the sentence it frames what follows; closing it, what stands before; set off by commas inside it, the whole clause.
        var atStart = i <= FirstContentToken(tokens);
        var inserted = !atStart && tokens[i - 1].Kind == TokenKind.Comma && noun + 1 < tokens.Count && tokens[noun + 1].Kind == TokenKind.Comma;
        var content = atStart ? SpanOf(tokens, SkipPunctuation(tokens, noun + 1), tokens.Count, sentence)
            : inserted ? SpanOf(tokens, FirstContentToken(tokens), tokens.Count, sentence)
            : SpanOf(tokens, FirstContentToken(tokens), LastContentBefore(tokens, i), sentence);
        return new RawAttribution(cueFrom, cueTo, from, to) { Content = content, Trailing = !atStart && !inserted };
    }

    /// <summary>
    /// "gave the mayor a warm endorsement: ...", "offered them assurances that ...", "made the following comment: ...": the speech or
    /// text noun that makes a light or issue verb a cue, found past an indirect object (give, offer, send) or past modifiers a noun
    /// phrase walk stops at (participles such as "ringing", "following"), when a colon, a quotation or a that-clause follows it.
    /// </summary>
    private static bool GivesSpeechTo(IReadOnlyList<Token> tokens, int after, string lemma)
    {
        if (after + 2 >= tokens.Count || !tokens[after].IsWord)
        {
            return false;
        }

        // "her" is left out as an indirect object: "gave her speech" reads as a possessive far more often.
        var second = after;
        var listener = tokens[after];
        if (AttributionGiveVerbWords.HasWord(lemma) && AttributionObjectPronounSubjectWords.HasWord(listener.Lower))
        {
            second = after + 1;
        }
        else if (AttributionGiveVerbWords.HasWord(lemma) && listener.IsCapitalized && !Lexicon.Determiners.Contains(listener.Text))
        {
            second = after + 1;
            while (second < tokens.Count && second - after < 4 && tokens[second].IsCapitalized)
            {
                second++;
            }
        }

        if (second + 1 >= tokens.Count || !tokens[second].IsWord || !Lexicon.Determiners.Contains(tokens[second].Text))
        {
            return false;
        }

        var light = Lexicon.LightLemmas.Contains(lemma);
        for (var k = second + 1; k < tokens.Count && k <= second + 3 && tokens[k].IsWord; k++)
        {
            var noun = light ? Lexicon.SpeechNouns.Contains(tokens[k].Text) : Lexicon.IssuedTexts.Contains(tokens[k].Text) || Lexicon.DocumentWords.Contains(tokens[k].Text);
            if (noun)
            {
                // "sends a blunt message that ..." is said of events and policies as often as of people, as IssuesText notes.
                return !(lemma == "send" && AttributionMessageNounWords.HasWord(tokens[k].Lower))
                    && k + 1 < tokens.Count && (tokens[k + 1].Kind is TokenKind.Colon or TokenKind.Quote || ThatClause(tokens, k + 1));
            }

            if (Lexicon.InnerPrepositions.Contains(tokens[k].Text) || Lexicon.ClauseWords.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "that" opening a clause with a subject of its own ("that 40 jobs would stay", "that the port needs"), not a relative clause
    /// ("that was brief", "that ran on page 2"): the word after it must start a noun phrase.
    /// </summary>
    private static bool ThatClause(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].IsWord && tokens[k].Lower == "that"
        && (tokens[k + 1].Kind == TokenKind.Number || tokens[k + 1].IsWord && (tokens[k + 1].IsCapitalized || Lexicon.Pronouns.Contains(tokens[k + 1].Text)
            || Lexicon.Determiners.Contains(tokens[k + 1].Text) && tokens[k + 1].Lower != "that"));

    /// <summary>
    /// "a Valley Courier report that the orchard lost 3 hives", "the Okafor campaign memo: ...": a document named after its author (capitalised
    /// words between the article and the document noun) with a that-clause or colon after it; the author is the source.
    /// </summary>
    private static RawAttribution? AuthoredDocument(IReadOnlyList<Token> tokens, int i, TextSpan sentence)
    {
        if (i + 2 >= tokens.Count || !(tokens[i + 1].Kind == TokenKind.Colon || ThatClause(tokens, i + 1)))
        {
            return null;
        }

        var from = i;
        while (from > 0 && i - from < 4 && tokens[from - 1].IsCapitalized && !Phrases.IsTimeName(tokens[from - 1]) && !Lexicon.Determiners.Contains(tokens[from - 1].Text))
        {
            from--;
        }

        // The article must open the phrase: "Courier report that" alone may be a headline or a name running on.
        if (from == i || from == 0 || !tokens[from - 1].IsWord || !DeterminerArticleWords.HasWord(tokens[from - 1].Lower))
        {
            return null;
        }

        return new RawAttribution(i, i + 1, from, i) { Content = SpanOf(tokens, i + 2, tokens.Count, sentence) };
    }

    /// <summary>
    /// The "in"/"during" opening an adjunct "in a statement", "in a recorded interview", "during her speech" that ends at token
    /// <paramref name="k"/> (the speech event), or -1. It stands between a subject and its verb and is no part of the subject.
    /// </summary>
    private static int SpeechEventAdjunct(IReadOnlyList<Token> tokens, int k)
    {
        if (!tokens[k].IsWord)
        {
            return -1;
        }

        if (Lexicon.SpeechEvents.Contains(tokens[k].Text) && EventStart(tokens, k) is var start && start >= 0)
        {
            return start;
        }

        // The event may take a short complement: "in a statement to reporters", "in an interview with the Gazette", "in a post on her blog".
        for (var p = k - 1; p >= 2 && p >= k - 4 && tokens[p].IsWord; p--)
        {
            if (AttributionSpeechEventPrepositionWords.HasWord(tokens[p].Lower))
            {
                return Lexicon.SpeechEvents.Contains(tokens[p - 1].Text) ? EventStart(tokens, p - 1) : -1;
            }

            if (Lexicon.ClauseWords.Contains(tokens[p].Text) || Phrases.LooksVerbal(tokens[p]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The "in"/"during" before the speech event at <paramref name="k"/>, over its article and up to two modifiers, or -1.</summary>
    private static int EventStart(IReadOnlyList<Token> tokens, int k)
    {
        for (var d = k - 1; d >= 1 && d >= k - 3 && tokens[d].IsWord; d--)
        {
            if (Lexicon.Determiners.Contains(tokens[d].Text))
            {
                return tokens[d - 1].IsWord && AttributionInOrDuringWords.HasWord(tokens[d - 1].Lower) ? d - 1 : -1;
            }

            if (Lexicon.ClauseWords.Contains(tokens[d].Text) || Lexicon.InnerPrepositions.Contains(tokens[d].Text))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "The levy, first proposed by Okafor, ...", "The figure, cited by the ministry, rose", "was widely criticized by unions": a past
    /// participle of a cue verb followed by "by" and a noun phrase is passive whatever stands before it, and the by-phrase names the source.
    /// </summary>
    private static RawAttribution? ByAgent(IReadOnlyList<Token> tokens, int i, string lemma, TextSpan sentence)
    {
        var t = tokens[i];
        if (i + 2 >= tokens.Count || tokens[i + 1].Lower != "by" || t.IsCapitalized || t.Lower == lemma || t.Lower.EndsWith('s') || t.Lower.EndsWith("ing", StringComparison.Ordinal)
            || Lexicon.IssueLemmas.Contains(lemma) || Lexicon.LightLemmas.Contains(lemma) || Lexicon.ParticleVerbs.ContainsKey(lemma))
        {
            return null;
        }

        if (!Agent(tokens, i + 2))
        {
            return null;
        }

        var to = Phrases.WalkRight(tokens, i + 2);
        if (to <= i + 2 || AttributionTimeAgentWords.HasWord(tokens[to - 1].Lower))
        {
            return null;
        }

        // The content is what the participle describes, the words before it ("The levy", "a plan"), never the main clause after an
        // inserted phrase: in "The levy, first proposed by Okafor, raised 3 million dollars" the 3 million is not Okafor's figure.
        var from = i - 1;
        while (from >= 0 && (tokens[from].IsWord && tokens[from].Lower.EndsWith("ly", StringComparison.Ordinal) || AttributionAdverbAfterByWords.HasWord(tokens[from].Lower)))
        {
            from--;
        }

        var content = SpanOf(tokens, FirstContentToken(tokens), from + 1, sentence);
        var cueClass = Lexicon.AttitudeLemmas.Contains(lemma) ? CueClass.Attitude : Lexicon.IsAction(lemma) ? CueClass.Action : CueClass.Speech;
        return new RawAttribution(i, i + 2, i + 2, to) { Content = content, Trailing = true, Class = cueClass };
    }

    /// <summary>
    /// False when the by-phrase starting at token <paramref name="k"/> is no agent: a time, amount, means or manner ("by Friday", "by far",
    /// "by then", "by 4 percent", "by phone", "by email", "by cutting costs", "by the way"). A counted group is an agent ("by 3 analysts").
    /// </summary>
    private static bool Agent(IReadOnlyList<Token> tokens, int k) =>
        tokens[k] is var agent && agent.Kind == TokenKind.Number
            ? k + 1 < tokens.Count && tokens[k + 1].IsWord && !AttributionMeasureAfterByWords.HasWord(tokens[k + 1].Lower)
            : agent.IsWord && !Phrases.IsTimeName(agent) && !agent.Lower.EndsWith("ing", StringComparison.Ordinal)
        && !AttributionNotAgentWords.HasWord(agent.Lower)
        && !Lexicon.ClauseWords.Contains(agent.Text) && !Lexicon.InnerPrepositions.Contains(agent.Text) && !Phrases.IsContraction(agent);
}

