using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction;

/// <summary>
/// Whether an article says that the attacker of its incident died (<see cref="Model.Claim.AttackerDied"/>). When a
/// gunman, bomber or attacker dies in the attack, reports part on whether the toll counts him: the city's release counts
/// 50 dead, the wire says "the gunman killed 49"; a report that says "two dead" may count the
/// shooter police killed, the next one only his victim. Comparison reads the mark to list two tolls one apart as
/// unsure instead of opposing them.
/// <para>The attacker is a noun of the perpetrator role or a kind of wrongdoer in WordNet ("gunman", "shooter",
/// "suspect", "attacker", "bomber"). He died when he is the subject of a passive or state of death ("the gunman was
/// shot and killed", "the suspect is dead", "the bomber died"), of a reflexive killing ("the shooter killed himself"),
/// the object of a killing ("officers killed the gunman"), or the one a participle clause kills right after him
/// ("traded shots with the attacker, killing him"). "The gunman killed five" is what he did, not his fate.</para>
/// </summary>
internal static class AttackerFate
{
    private static readonly FrozenSet<string> Perpetrators = Lexicon.Default.Words("part.perpetrator");
    private static readonly FrozenSet<string> BeForms = Lexicon.Default.Words("passive-auxiliary");
    private static readonly FrozenSet<string> Reflexives = Lexicon.Default.Words("attribution.reflexive-pronoun");
    private static readonly FrozenSet<string> ObjectPronouns = Lexicon.Default.Words("attribution.object-pronoun");
    private static readonly FrozenSet<string> Articles = Lexicon.Default.Words("determiner.article");
    // "died", "dies", "dead": words of death that take no agent, so need no auxiliary before them.
    private static readonly FrozenSet<string> StateOfDeath = Lexicon.Default.Words("single.death-word");

    // How far the fate may stand from the attacker's noun: "the gunman was later shot and killed" (5 words on).
    private const int Reach = 5;

    /// <summary>True when a title or body sentence of the article says that the attacker died.</summary>
    /// <param name="text">The article, its sentences split.</param>
    public static bool Died(ArticleText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Titles.Count; i++)
        {
            if (MentionsDeath(text.TitleTokens(i)) && Says(ScopeTokens.Read(text.TitleTokens(i))))
            {
                return true;
            }
        }

        for (var i = 0; i < text.Sentences.Count; i++)
        {
            if (MentionsDeath(text.BodyTokens(i)) && Says(ScopeTokens.Read(text.BodyTokens(i))))
            {
                return true;
            }
        }

        return false;
    }

    // Cheap first, on the pieces already cut: a sentence with no word of death says nothing of anyone's death.
    private static bool MentionsDeath(SentenceTokens pieces)
    {
        for (var k = 0; k < pieces.Count; k++)
        {
            if (IsDeathOrDeadly(pieces[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDeathOrDeadly(string lower) => IsDeath(lower) || PredicateLexicon.OfOutcomeAdverb(lower) == "killed";

    /// <summary>True when the sentence's words say that an attacker died (<see cref="Died"/> asks only sentences with a word of death).</summary>
    internal static bool Says(IReadOnlyList<ScopeToken> tokens)
    {
        for (var j = 0; j < tokens.Count; j++)
        {
            if (IsAttacker(tokens[j].Lower) && (SubjectDied(tokens, j) || ObjectKilled(tokens, j) || KilledRightAfter(tokens, j)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDeath(string lower) => PredicateLexicon.OfWord(lower) == "killed";

    private static bool IsAttacker(string lower) => Perpetrators.Contains(lower) || WordNetSenses.Instance.IsWrongdoer(lower);

    // "the gunman died", "the suspect was (later) (shot and) killed", "the bomber is dead", "the shooter killed himself",
    // "the attacker then took his own life" is left out: no death word.
    private static bool SubjectDied(IReadOnlyList<ScopeToken> tokens, int at)
    {
        // "five victims of the gunman were killed": a noun after "of" or "by" modifies the subject, it is not the subject.
        if (at >= 2 && Articles.Contains(tokens[at - 1].Lower) && tokens[at - 2].Lower is "of" or "by")
        {
            return false;
        }

        var passive = false;
        for (var k = at + 1; k < tokens.Count && k <= at + Reach; k++)
        {
            var w = tokens[k].Lower;
            if (BeForms.Contains(w))
            {
                passive = true;
                continue;
            }

            if (IsDeath(w))
            {
                // "died" and "dead" need no auxiliary; "killed" does, or a reflexive after it: "the gunman killed five" is his act.
                return passive || StateOfDeath.Contains(w) || k + 1 < tokens.Count && Reflexives.Contains(tokens[k + 1].Lower);
            }

            // "was fatally shot", "was mortally wounded": an adverb of a deadly outcome after the auxiliary.
            if (passive && PredicateLexicon.OfOutcomeAdverb(w) == "killed")
            {
                return true;
            }

            // "was found dead", "was pronounced dead": a participle of finding or declaring between the auxiliary and death.
            if (passive && w.EndsWith("ed", StringComparison.Ordinal))
            {
                continue;
            }

            // Words that may stand between a subject and its fate: adverbs ("fatally", "later"), "has", and "shot and" before
            // "killed". A hand list: five function words of one construction, not word knowledge another rule shares.
            if (!(w.EndsWith("ly", StringComparison.Ordinal) || w is "later" or "then" or "and" or "shot" or "has"))
            {
                return false;
            }
        }

        return false;
    }

    // "officers shot and killed the gunman", "police killed a suspect": the attacker as the object of a killing.
    private static bool ObjectKilled(IReadOnlyList<ScopeToken> tokens, int at) =>
        at >= 2 && Articles.Contains(tokens[at - 1].Lower) && IsDeath(tokens[at - 2].Lower) && !StateOfDeath.Contains(tokens[at - 2].Lower)
        && !(at >= 3 && BeForms.Contains(tokens[at - 3].Lower));

    // "traded shots with the attacker, killing him": a participle of killing whose object is the attacker just named.
    private static bool KilledRightAfter(IReadOnlyList<ScopeToken> tokens, int at)
    {
        for (var k = at + 1; k + 1 < tokens.Count && k <= at + 2; k++)
        {
            if (IsDeath(tokens[k].Lower) && tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal) && ObjectPronouns.Contains(tokens[k + 1].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
