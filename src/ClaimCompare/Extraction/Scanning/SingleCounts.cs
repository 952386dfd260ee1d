using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>One person counted by an indefinite noun phrase: tokens <paramref name="First"/>..<paramref name="Last"/>.</summary>
/// <param name="First">The article ("a", "an", "another").</param>
/// <param name="Last">The person noun that heads the phrase.</param>
/// <param name="Subject">That noun, lower-cased; null for the pronoun "another".</param>
/// <param name="Predicate">The casualty predicate that makes it a count.</param>
internal readonly record struct SingleCount(int First, int Last, string? Subject, string Predicate);

/// <summary>
/// "A man was killed", "a 44-year-old woman died", "shot and wounded a teenager", "another was hurt": an indefinite
/// person phrase is a count of one, but only where a count is meant, that is where it is the one a casualty predicate
/// happened to (the passive or intransitive subject, or the object of an active casualty verb). "A man shot his
/// neighbour" makes the man the shooter, so a subject needs a passive auxiliary, or an intransitive "died"/"is dead".
/// </summary>
internal static class SingleCounts
{
    private static readonly FrozenSet<string> InjurySufferVerbWords = Lexicon.Default.Words("injury.suffer-verb");
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> SingleDeathWordWords = Lexicon.Default.Words("single.death-word");
    private static readonly FrozenSet<string> SingleDiedWords = Lexicon.Default.Words("single.died");
    private static readonly FrozenSet<string> SingleSkipBeforeDeathWords = Lexicon.Default.Words("single.skip-before-death");
    private static readonly FrozenSet<string> SingleVerbAfterAgeWords = Lexicon.Default.Words("single.verb-after-age");
    private static readonly FrozenSet<string> SingleDeterminerWords = Lexicon.Default.Words("single.determiner");
    private static readonly FrozenSet<string> SingleNotModifierWords = Lexicon.Default.Words("single.not-modifier");

    private const int MaxModifiers = 6;

    // "a man was shot": the auxiliaries a singular subject takes (see the role's note in the data).
    private static readonly FrozenSet<string> PassiveAuxiliaries = Lexicon.Default.Words("passive-auxiliary.singular");

    // "and another wounded outside the bar": a word that ends a noun phrase (a preposition, a conjunction) or that is no
    // noun after the participle shows it is the pronoun's predicate, not a modifier of a noun ("another wounded man").
    private static readonly FrozenSet<string> EndsPhrase = Lexicon.Default.Words("stop.phrase-end");

    /// <summary>Finds the single counts of one sentence, in token order.</summary>
    public static List<SingleCount> Find(List<Token> t, ISenses senses)
    {
        var result = new List<SingleCount>();
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Kind != TokenKind.Word || !SingleDeterminerWords.HasWord(t[i].Lower))
            {
                continue;
            }

            if (t[i].Is("another") && Elliptical(t, i + 1, senses) is { } elliptical)
            {
                result.Add(new SingleCount(i, i, null, elliptical)); // "one was killed and another wounded"
                continue;
            }

            var head = Head(t, i, senses);
            if (head < 0)
            {
                continue;
            }

            var before = ClaimContextReader.PredicateBefore(t, i, -1, out var verbAt);
            if (verbAt >= 0 && ClaimContextReader.IsLeave(t[verbAt].Lower) && ClaimContextReader.Complement(t, head + 1) is { } resultative)
            {
                before = resultative; // "the crash left a cyclist critically injured"
            }

            var predicate = Casualty(before) ?? Casualty(ClaimContextReader.InvertedPassive(t, i, -1)) ?? Casualty(AsSubject(t, head + 1));
            if (predicate is not null)
            {
                result.Add(new SingleCount(i, head, t[head].Is("old") ? null : t[head].Lower, predicate));
                i = head;
            }
        }

        return result;
    }

    /// <summary>"another" as a pronoun with a casualty participle ("and another wounded") or as a passive subject ("another was hurt").</summary>
    private static string? Elliptical(List<Token> t, int j, ISenses senses)
    {
        if (j >= t.Count || t[j].Kind != TokenKind.Word)
        {
            return null;
        }

        if (PredicateLexicon.OfWord(t[j].Lower) is { } p && ClaimContextReader.IsVerbForm(t[j].Lower) && (j + 1 >= t.Count || t[j + 1].Kind != TokenKind.Word || EndsPhrase.Contains(t[j + 1].Lower) || !senses.CanBeNoun(t[j + 1].Lower)))
        {
            return Casualty(p);
        }

        return Casualty(AsSubject(t, j));
    }

    /// <summary>The person noun that heads the phrase opened at <paramref name="article"/> ("a 44-year-old man"), or -1.</summary>
    private static int Head(List<Token> t, int article, ISenses senses)
    {
        for (var k = article + 1; k < t.Count && k <= article + MaxModifiers; k++)
        {
            var tok = t[k];

            // "a 14-year-old was wounded": an age compound stands for the person.
            if (tok.Kind == TokenKind.Word && tok.Lower is "old" && k > article + 1 && t[k - 1].IsDash && k + 1 < t.Count && t[k + 1].Kind == TokenKind.Word && SingleVerbAfterAgeWords.HasWord(t[k + 1].Lower))
            {
                return k;
            }

            if (tok.Kind == TokenKind.Word && senses.IsPerson(tok.Lower))
            {
                // "a young cyclist", "a female driver": a modifier that can also name a person gives way to the noun after it.
                if (k + 1 < t.Count && k < article + MaxModifiers && t[k + 1].Kind == TokenKind.Word && !t[k + 1].Capitalized && senses.IsPerson(t[k + 1].Lower))
                {
                    continue;
                }

                // "a man's car" is no count of men; "a man-made lake" is no man.
                var next = k + 1 < t.Count ? t[k + 1] : default;
                var possessive = k + 1 < t.Count && next.Kind == TokenKind.Symbol && next.Lower is "'" or "’";
                var hyphened = k + 1 < t.Count && next.IsDash && !next.SpaceBefore;
                return possessive || hyphened ? -1 : k;
            }

            // Modifiers: plain words ("young", "unidentified"), numbers and hyphens ("44-year-old").
            var modifier = tok.Kind == TokenKind.Number || (tok.IsDash && !tok.SpaceBefore)
                || (tok.Kind == TokenKind.Word && !tok.Capitalized && PredicateLexicon.OfWord(tok.Lower) is null && !SingleNotModifierWords.HasWord(tok.Lower));
            if (!modifier)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The predicate of the phrase as a subject: "died", "is dead", or a passive ("was shot and killed", "was found
    /// dead", "has been wounded"), past an appositive age (", 29,"); null for an active verb ("a man shot ...").
    /// </summary>
    private static string? AsSubject(List<Token> t, int j)
    {
        if (j + 2 < t.Count && t[j].IsSymbol(',') && (t[j + 1].Kind == TokenKind.Number || t[j + 1].Lower is "a" or "an"))
        {
            // "a man, 29, was killed", "another victim, a 22-year-old woman, was wounded": an age or an indefinite noun phrase
            // closed by a comma, when the verb follows it; otherwise the comma ends the phrase (a relative clause or an aside
            // of another kind may hold another person's verb).
            for (var c = j + 2; c < t.Count && c < j + 10; c++)
            {
                if (t[c].IsSymbol(','))
                {
                    if (c + 1 < t.Count && (PassiveAuxiliaries.Contains(t[c + 1].Lower) || SingleDiedWords.HasWord(t[c + 1].Lower) || InjurySufferVerbWords.HasWord(t[c + 1].Lower)))
                    {
                        j = c + 1;
                    }

                    break;
                }

                if ((t[c].Kind == TokenKind.Symbol && !t[c].IsDash) || PassiveAuxiliaries.Contains(t[c].Lower))
                {
                    break;
                }
            }
        }

        if (j < t.Count && SingleDeathWordWords.HasWord(t[j].Lower))
        {
            return PredicateLexicon.Killed;
        }

        var k = j;
        while (k < t.Count && k < j + 4 && t[k].Kind == TokenKind.Word && SingleSkipBeforeDeathWords.HasWord(t[k].Lower))
        {
            k++;
        }

        if (k < t.Count && SingleDiedWords.HasWord(t[k].Lower))
        {
            return PredicateLexicon.Killed; // "a woman who later died"
        }

        if (k < t.Count && InjurySufferVerbWords.HasWord(t[k].Lower) && ClaimContextReader.Wounds(t, k + 1))
        {
            return PredicateLexicon.Injured; // "a woman suffered a gunshot wound to the leg"
        }

        if (k < t.Count && PassiveAuxiliaries.Contains(t[k].Lower) && ClaimContextReader.Condition(t, ClaimContextReader.AfterCopula(t, k)) is { } condition)
        {
            return condition; // "a man is in critical condition"
        }

        return k < t.Count && PassiveAuxiliaries.Contains(t[k].Lower) ? ClaimContextReader.PredicateAfter(t, k) : null;
    }

    private static string? Casualty(string? predicate) => PredicateLexicon.IsCasualty(predicate) ? predicate : null;
}
