using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>
/// Whether a cue's content really governs the clause a figure stands in. The scanner gives a cue the rest of its sentence as
/// content; when the cue's object is a noun phrase ("cameras recorded the shooting", "officials confirmed the closure") a
/// clause coordinated after it (", and a boy was killed", ", but two people died") is the writer's own: a noun phrase cannot
/// take a clause as a second conjunct, so the second clause is a new statement of the sentence's voice, not the object's.
/// A cue whose content is a clause ("police said the man fled, and ...") is left as it was: whether the second clause is still
/// reported is not told by grammar there.
/// </summary>
internal static class ClauseScope
{
    /// <summary>Role <c>attribution.finite-auxiliary</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> FiniteAuxiliaryWords = Language.Lexicon.Default.Words("attribution.finite-auxiliary");

    /// <summary>Role <c>attribution.clause-coordinator</c> (Language/Data): "and", "but" joining two clauses.</summary>
    private static readonly FrozenSet<string> ClauseCoordinatorWords = Language.Lexicon.Default.Words("attribution.clause-coordinator");

    /// <summary>Role <c>attribution.clause-conjunction</c> (Language/Data): the conjunctions that open a clause of its own.</summary>
    private static readonly FrozenSet<string> ClauseConjunctionWords = Language.Lexicon.Default.Words("attribution.clause-conjunction");

    /// <summary>
    /// False when the claim at <paramref name="claim"/> sits in a clause coordinated after a noun-phrase object that is the whole of
    /// the cue's own content (the words between the cue and the comma hold no finite verb), or in a clause coordinated before the
    /// cue's own clause.
    /// </summary>
    public static bool Governs(IReadOnlyList<Token> tokens, TextSpan cue, TextSpan content, TextSpan source, TextSpan claim)
    {
        // The clause opens with its subject ("and officers' cameras recorded") or with the cue itself (", and, according to the
        // school, three others were hurt").
        if (claim.End <= source.Start && CoordinatedBefore(tokens, Math.Min(source.Start, cue.Start), claim))
        {
            return false;
        }

        if (content.Start < cue.End || claim.Start <= content.Start)
        {
            return true;
        }

        var finite = false;
        for (var k = 0; k + 2 < tokens.Count && tokens[k].Start < claim.Start; k++)
        {
            var t = tokens[k];
            if (t.Start < content.Start)
            {
                continue;
            }

            if (t.Kind == TokenKind.Quote)
            {
                // A quotation is a clause of the speaker's whatever it looks like.
                return true;
            }

            if (t.Kind == TokenKind.Comma && tokens[k + 1].IsWord && ClauseConjunctionWords.Contains(tokens[k + 1].Lower))
            {
                return finite || !OpensClause(tokens, k + 2, claim);
            }

            finite |= Finite(t);
        }

        return true;
    }

    /// <summary>
    /// "Police shot a boy and officers' cameras recorded the clash": the cue's subject follows "and" or "but" directly, so the cue
    /// heads the second of two coordinated clauses and says nothing about a figure in the first (before the coordinator). A cue
    /// after a comma ("Two died and three were hurt, police said") has no coordinator before its subject and keeps the sentence.
    /// </summary>
    private static bool CoordinatedBefore(IReadOnlyList<Token> tokens, int sourceStart, TextSpan claim)
    {
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].Start == sourceStart)
            {
                // The name may leave out a possessor or an article before it ("and the deputies' cameras recorded").
                var j = k - 1;
                while (j > 0 && j >= k - 3 && (tokens[j].Kind == TokenKind.Comma && j == k - 1 || tokens[j].Kind is TokenKind.Quote or TokenKind.Other && tokens[j].Text is "'" or "’"
                    || tokens[j].IsWord && (Possessive(tokens[j].Text) || tokens[j + 1].Start == tokens[j].End && tokens[j + 1].Text is "'" or "’" || Lexicon.Determiners.Contains(tokens[j].Text))))
                {
                    j--;
                }

                // ", state and city officials said": one word between a comma and the coordinator is a modifier the name shares.
                var before = tokens[j];
                var modifier = j >= 1 && tokens[j - 1].IsWord && (j == 1 || tokens[j - 2].Kind is TokenKind.Comma or TokenKind.Dash);
                return before.IsWord && ClauseCoordinatorWords.Contains(before.Lower) && !modifier && claim.End <= before.Start;
            }
        }

        return false;
    }

    private static bool Possessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal);

    /// <summary>True when the words from <paramref name="from"/> hold a finite verb before the next comma or, at the latest, the claim's end.</summary>
    private static bool OpensClause(IReadOnlyList<Token> tokens, int from, TextSpan claim)
    {
        for (var k = from; k < tokens.Count && tokens[k].Kind is not (TokenKind.End or TokenKind.Quote); k++)
        {
            if (Finite(tokens[k]))
            {
                return true;
            }

            if (tokens[k].Kind == TokenKind.Comma && tokens[k].Start >= claim.End)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// An auxiliary, a modal, a form of "be", a past -ed word (the test <see cref="PassageCarrier"/> uses for a clause) or an
    /// irregular past WordNet's exception lists know ("fled", "lost", "found", "shot").
    /// </summary>
    private static bool Finite(Token t)
    {
        if (!t.IsWord || t.IsCapitalized)
        {
            return t.IsWord && FiniteAuxiliaryWords.Contains(t.Lower);
        }

        var w = t.Lower;
        if (FiniteAuxiliaryWords.Contains(w) || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("eed", StringComparison.Ordinal))
        {
            return true;
        }

        return !w.EndsWith('s') && !w.EndsWith("ing", StringComparison.Ordinal) && WordNet.Default.Lemma(w, WordClass.Verb) is { } lemma && lemma != w;
    }
}
