using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Attribution;

/// <summary>
/// Reporting verbs from WordNet's verb classes, beside the hand-checked cue table (Language/Data/cue-verbs.tsv): a verb
/// whose most frequent meaning is a kind of stating, at most two steps below "state, say, tell" ("opine", "retort",
/// "answer", "testify"), reports what its subject said; one whose most frequent meaning is a kind of criticising
/// ("reprimand", "censure", "belittle") is an act aimed at someone (<see cref="Model.CueClass.Action"/>). The table keeps
/// its own sense checks and wins; WordNet only adds the verbs it lacks.
/// </summary>
/// <remarks>
/// Only a verb's first meaning counts, so a verb that mostly means something else ("observe": to watch) stays out. Two
/// steps, because deeper troponyms of stating are official acts rather than reports ("sentence", "decree"); those that
/// sit within two steps are listed with their reason. Informing ("teach", "introduce", "inoculate") was tried and left
/// out: its troponyms are mostly not reports (PolNeAR train: "introduced" 10 wrong of 17). Built once from the loaded
/// WordNet; the sets never change afterwards.
/// </remarks>
internal static class CommunicationVerbs
{
    /// <summary>Lemmas whose first meaning reports a statement.</summary>
    private static readonly FrozenSet<string> Statements = Descendants(
        2,
        [("state", 0)],
        // Official acts and ceremony that WordNet files under stating: a sentence or decree passed, a blessing, a preamble.
        [("sentence", 0), ("decree", 0), ("hallow", 0), ("sanctify", 0), ("promulgate", 0), ("depone", 0), ("preface", 0), ("preamble", 0), ("prologize", 0), ("swan", 0),
            // The verb of correction notices ("our Tuesday story misstated the bridge's length"): a text's error, not a report.
            ("misstate", 0)]);

    /// <summary>Lemmas whose first meaning is a verbal act of criticism.</summary>
    private static readonly FrozenSet<string> Criticisms = Descendants(2, [("criticize", 0)], []);

    /// <summary>The first three letters of every lemma of both sets (every inflection of a verb here keeps them).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prefixes =
        Statements.Concat(Criticisms).Where(l => l.Length >= 3).Select(l => l[..3]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when <paramref name="form"/> (lower case) is an inflected form of a WordNet reporting verb the cue table
    /// lacks; <paramref name="lemma"/> is its base form and <paramref name="cueClass"/> says statement or act. Base forms
    /// are left out (after "to" or a modal they are intentions, and a bare form is more often a noun: "reply", "comment").
    /// A form ending in "s" that is also a noun ("answers", "requests") is left out too: the table decides those with its
    /// noun checks.
    /// </summary>
    public static bool TryGet(string form, out string lemma, out Model.CueClass cueClass)
    {
        lemma = "";
        cueClass = Model.CueClass.Speech;
        if (form.Length < 4 || !(form.EndsWith("ed", StringComparison.Ordinal) || form.EndsWith('s')))
        {
            return false;
        }

        // Most words share no first three letters with any of these verbs; that test costs no WordNet lookup.
        if (!Prefixes.Contains(form.AsSpan(0, 3)))
        {
            return false;
        }

        var wordNet = WordNet.Default;
        if (wordNet.Lemma(form, WordClass.Verb) is not { } found || found == form)
        {
            return false;
        }

        if (Lexicon.CueVerbs.ContainsKey(found))
        {
            // The table knows this verb, and has left this form out on purpose (a noun, another sense).
            return false;
        }

        var statement = Statements.Contains(found);
        if (!statement && !Criticisms.Contains(found))
        {
            return false;
        }

        if (form.EndsWith('s') && wordNet.Knows(form, WordClass.Noun))
        {
            return false;
        }

        lemma = found;
        cueClass = statement ? Model.CueClass.Speech : Model.CueClass.Action;
        return true;
    }

    /// <summary>True when <paramref name="lemma"/> is a WordNet verb of criticising the cue table lacks.</summary>
    public static bool IsCriticism(string lemma) => Criticisms.Contains(lemma) && !Lexicon.CueVerbs.ContainsKey(lemma);

    /// <summary>Every single-word verb lemma whose first meaning is, or descends from, one of the given meanings (lemma, 0-based sense).</summary>
    internal static FrozenSet<string> Descendants(int maxDepth, (string Lemma, int Sense)[] ancestors, (string Lemma, int Sense)[] excluded)
    {
        var wordNet = WordNet.Default;
        var targets = Meanings(wordNet, ancestors);
        var outside = Meanings(wordNet, excluded);

        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var id = 0; id < wordNet.SynsetCount; id++)
        {
            var synset = new Synset(id);
            if (wordNet.ClassOf(synset) != WordClass.Verb || !Reaches(wordNet, synset, targets, maxDepth) || outside.Contains(synset))
            {
                continue;
            }

            foreach (var word in wordNet.Words(synset))
            {
                var senses = wordNet.Senses(word, WordClass.Verb);
                if (!word.Contains(' ', StringComparison.Ordinal) && !word.Contains('_', StringComparison.Ordinal) && senses.Length > 0 && senses[0] == synset)
                {
                    found.Add(word);
                }
            }
        }

        return found.ToFrozenSet(StringComparer.Ordinal);
    }

    private static HashSet<Synset> Meanings(WordNet wordNet, (string Lemma, int Sense)[] meanings)
    {
        var found = new HashSet<Synset>();
        foreach (var (lemma, sense) in meanings)
        {
            var senses = wordNet.Senses(lemma, WordClass.Verb);
            if (sense < senses.Length)
            {
                found.Add(senses[sense]);
            }
        }

        return found;
    }

    private static bool Reaches(WordNet wordNet, Synset synset, HashSet<Synset> targets, int depth)
    {
        if (targets.Contains(synset))
        {
            return true;
        }

        if (depth == 0)
        {
            return false;
        }

        foreach (var parent in wordNet.Hypernyms(synset))
        {
            if (Reaches(wordNet, parent, targets, depth - 1))
            {
                return true;
            }
        }

        return false;
    }
}
