using ClaimCompare.Language;

namespace ClaimCompare.Attribution;

/// <summary>Session 7 subject shapes: participle clauses before the subject, inserted segments, false titles after an inverted cue.</summary>
internal static partial class SentenceScanner
{
    /// <summary>
    /// "Speaking to reporters, the mayor, X, said", "Alarmed by the unrest, Senator Y, the minority leader, said": a segment
    /// opening the sentence with a present or past participle and going on with its complement is a non-finite adjunct clause,
    /// not the subject; English fronts such clauses before the subject they describe. The participle must be a verb form WordNet
    /// knows and have words after it (a lone "Speaking," is a discourse marker, not a clause); "According to" is a compound
    /// preposition naming a source of its own (<see cref="AccordingToRule"/>), not a participle clause.
    /// </summary>
    private static bool OpeningParticiple(IReadOnlyList<Token> tokens, int from, int to)
    {
        var t = tokens[from];
        return to - from >= 2 && t.IsWord && t.Lower.Length >= 5
            && (t.Lower.EndsWith("ing", StringComparison.Ordinal) || t.Lower.EndsWith("ed", StringComparison.Ordinal))
            && t.Lower != "according" && WordNet.Default.Knows(t.Lower, WordClass.Verb);
    }

    /// <summary>
    /// One step left in a segment walk: from a closing parenthesis to the word before its opening one, else one token. A party
    /// label "(R-Ga.)" or "(D-Calif.)" holds the period of a state abbreviation, which must not end the segment
    /// ("Sen. X (R-Ga.), one of the bill's authors, said").
    /// </summary>
    private static int SkipParenthesis(IReadOnlyList<Token> tokens, int k)
    {
        if (tokens[k].Kind == TokenKind.CloseParen && Phrases.MatchingOpen(tokens, k) is var open && open > 0)
        {
            return open - 1;
        }

        return k - 1;
    }

    /// <summary>
    /// A segment between commas that describes the subject without being a noun phrase: a relative clause ("who chairs the
    /// panel"), an age ("Suu Kyi, 70,"), an inserted participle phrase ("speaking in Dayton"). Any other segment is a clause of
    /// its own ("Kiedis said his band ..."), after which a phrase further right is not the subject of a fronted participle clause.
    /// </summary>
    private static bool InsertedSegment(IReadOnlyList<Token> tokens, int from)
    {
        var t = tokens[from];
        return t.Kind == TokenKind.Number
            || t.IsWord && (RelativePronounWhWords.HasWord(t.Lower)
                || !t.IsCapitalized && (t.Lower.EndsWith("ing", StringComparison.Ordinal) || t.Lower.EndsWith("ed", StringComparison.Ordinal)));
    }

    /// <summary>Kinds of person in WordNet, for the role noun of a false title.</summary>
    private static readonly Lazy<KindSet> PersonKinds = new(() => WordNet.Default.KindsOf("person", WordClass.Noun));

    /// <summary>
    /// '"...," said former Obama adviser Dana Reyes' / 'said team captain Lia Moss': news writing puts a lower-case description
    /// with a role noun straight before a name as a title (a "false title"). The phrase after an inverted cue that follows a
    /// quotation is the speaker when it opens in lower case, holds a noun WordNet knows as a kind of person among its lower-case
    /// words, and ends in a name of two or more capitalised words.
    /// </summary>
    private static bool FalseTitle(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (to - from < 3 || !tokens[from].IsWord || tokens[from].IsCapitalized || !tokens[to - 1].IsCapitalized || !tokens[to - 2].IsCapitalized)
        {
            return false;
        }

        var role = false;
        for (var k = from; k < to - 2; k++)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                return false;
            }

            role |= !t.IsCapitalized && t.Lower.Length > 2 && WordNet.Default.IsKindOf(t.Lower, PersonKinds.Value, WordClass.Noun, maxSense: 2);
        }

        return role;
    }

    /// <summary>"47%": a number followed by a percent sign, ending at <paramref name="last"/>.</summary>
    private static bool PercentShare(IReadOnlyList<Token> tokens, int last) =>
        last >= 1 && tokens[last].Text == "%" && tokens[last - 1].Kind == TokenKind.Number && tokens[last - 1].End == tokens[last].Start;

    /// <summary>
    /// "those surveyed", "those polled", "31 percent of those questioned": "those" with a past participle after it names the people
    /// the participle describes (a reduced relative, "those who were surveyed"). Before a cue verb this is the subject: returns the
    /// phrase up to "those" (with a share before "of" when there is one), or (-1, -1).
    /// </summary>
    private static (int From, int To) ThoseParticiple(IReadOnlyList<Token> tokens, int before)
    {
        if (before < 1 || !tokens[before].IsWord || tokens[before].IsCapitalized || !tokens[before].Lower.EndsWith("ed", StringComparison.Ordinal)
            || tokens[before - 1].Lower != "those" || !WordNet.Default.Knows(tokens[before].Lower, WordClass.Verb))
        {
            return (-1, -1);
        }

        var those = before - 1;
        if (those >= 2 && tokens[those - 1].Lower == "of" && Phrases.WalkLeft(tokens, those - 2) is var share && share >= 0)
        {
            return (share, those + 1);
        }

        return (those, those + 1);
    }

    /// <summary>
    /// "While the plan is vague, Rep. X, R-N.Y., says ...", "When the storm hit, the mayor, Y, said ...": a segment opening the
    /// sentence with a subordinator is a dependent clause, an adjunct before the subject and its appositions. Relative words
    /// ("that", "which", "who") are left out: at a sentence start they are demonstratives or questions.
    /// </summary>
    private static bool OpeningSubordinate(Token first) =>
        first.IsWord && !RelativePronounWords.HasWord(first.Lower)
        && (AttributionSubordinatorWords.HasWord(first.Lower) || AttributionTimeSubordinatorWords.HasWord(first.Lower));

    /// <summary>Role <c>relative-pronoun</c> (Language/Data): "that", "which", "who".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> RelativePronounWords = Language.Lexicon.Default.Words("relative-pronoun");
}
