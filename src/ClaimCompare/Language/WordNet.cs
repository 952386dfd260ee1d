namespace ClaimCompare.Language;

/// <summary>
/// General English word knowledge from WordNet 3.1 (Princeton University; licence in Language/Data/WORDNET-LICENSE.txt):
/// lemmas by word class, meanings (synsets) in frequency order, kinds (hypernyms), derivations, opposites, verb groups.
/// Rules ask it meaning questions instead of keeping their own word lists: is "civilians" a kind of "person", are
/// "fled" and "escaped" the same verb, which noun names the act of "evacuate".
/// </summary>
/// <remarks>
/// <para>Every query takes a word as written (any case, inflected) and reads it through <see cref="Lemmas"/> first,
/// unless it says it takes a lemma. Queries that take <c>maxSense</c> look only at the first that many meanings of the
/// word: WordNet orders a word's meanings by how often they were found in tagged text, so the first two or three are
/// the ones news writing means, and the rare ones ("die" as a tool, "kill" as a cut-off) stay out.</para>
/// <para>The tables are flat arrays indexed by synset (members, hypernyms and links in compressed-row form), so a query
/// allocates nothing except for the lists it returns, and a loaded instance is never changed.</para>
/// </remarks>
internal sealed partial class WordNet
{
    private readonly string[] lemmas;
    private readonly WordClass[] classes;
    private readonly int[] memberStart;
    private readonly int[] members;
    private readonly int[] hypernymStart;
    private readonly Synset[] hypernyms;
    private readonly int[] linkStart;
    private readonly Link[] links;
    private readonly Dictionary<string, SenseRange>.AlternateLookup<ReadOnlySpan<char>>[] indexLookups;
    private readonly Synset[] senses;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>>[] exceptionLookups;

    private WordNet(string[] lemmas, WordClass[] classes, int[] memberStart, int[] members, int[] hypernymStart, Synset[] hypernyms,
        int[] linkStart, Link[] links, Dictionary<string, SenseRange>[] index, Synset[] senses, Dictionary<string, string[]>[] exceptions)
    {
        this.lemmas = lemmas;
        this.classes = classes;
        this.memberStart = memberStart;
        this.members = members;
        this.hypernymStart = hypernymStart;
        this.hypernyms = hypernyms;
        this.linkStart = linkStart;
        this.links = links;
        this.senses = senses;
        indexLookups = [.. index.Select(d => d.GetAlternateLookup<ReadOnlySpan<char>>())];
        exceptionLookups = [.. exceptions.Select(d => d.GetAlternateLookup<ReadOnlySpan<char>>())];
    }

    /// <summary>The number of synsets (meanings) held.</summary>
    public int SynsetCount => classes.Length;

    /// <summary>The number of distinct lemmas held, all word classes together.</summary>
    public int LemmaCount => lemmas.Length;

    /// <summary>True when <paramref name="lemma"/> (any case, not inflected) is a WordNet lemma of <paramref name="wordClass"/>.</summary>
    public bool Contains(string lemma, WordClass wordClass) => Range(lemma, wordClass).Count > 0;

    /// <summary>
    /// The meanings of <paramref name="lemma"/> (any case, not inflected; see <see cref="Lemmas"/> for inflected words) in
    /// WordNet's sense order, most frequent first; empty when WordNet does not have the lemma.
    /// </summary>
    public ReadOnlySpan<Synset> Senses(string lemma, WordClass wordClass)
    {
        var range = Range(lemma, wordClass);
        return senses.AsSpan(range.Start, range.Count);
    }

    /// <summary>The words of <paramref name="synset"/>, in WordNet's order (the first is the most typical).</summary>
    public IEnumerable<string> Words(Synset synset)
    {
        for (int i = memberStart[synset.Id]; i < memberStart[synset.Id + 1]; i++)
            yield return lemmas[members[i]];
    }

    /// <summary>The first (most typical) word of <paramref name="synset"/>.</summary>
    public string Head(Synset synset) => lemmas[members[memberStart[synset.Id]]];

    /// <summary>The word class of <paramref name="synset"/>.</summary>
    public WordClass ClassOf(Synset synset) => classes[synset.Id];

    /// <summary>The direct hypernyms of <paramref name="synset"/> (instance hypernyms included: Aleppo is a city).</summary>
    public ReadOnlySpan<Synset> Hypernyms(Synset synset) =>
        hypernyms.AsSpan(hypernymStart[synset.Id], hypernymStart[synset.Id + 1] - hypernymStart[synset.Id]);

    /// <summary>True when <paramref name="synset"/> has <paramref name="word"/> (a lemma in lower case) among its words.</summary>
    public bool Has(Synset synset, string word)
    {
        for (int i = memberStart[synset.Id]; i < memberStart[synset.Id + 1]; i++)
        {
            if (string.Equals(lemmas[members[i]], word, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> (as written, inflected or not) share a meaning among the
    /// first <paramref name="maxSense"/> meanings of each: "fled"/"escaped", "killed"/"slain", "wounded"/"injured"
    /// (adjectives), "toll"/"price". Two forms of one lemma are synonyms too.
    /// </summary>
    public bool AreSynonyms(string a, string b, WordClass wordClass, int maxSense = 2)
    {
        LemmaBuffer left = default, right = default;
        int leftCount = FindLemmas(a, wordClass, left);
        int rightCount = FindLemmas(b, wordClass, right);
        for (int i = 0; i < leftCount; i++)
        {
            var leftSenses = First(Range(left[i]!, wordClass), maxSense);
            for (int j = 0; j < rightCount; j++)
            {
                if (ReferenceEquals(left[i], right[j]))
                    return true;
                var rightSenses = First(Range(right[j]!, wordClass), maxSense);
                foreach (var sense in leftSenses)
                {
                    if (rightSenses.Contains(sense))
                        return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when one of the first <paramref name="maxSense"/> meanings of <paramref name="word"/> (as written) is, or
    /// descends through hypernyms from, a meaning of <paramref name="ancestor"/> (a lemma; any of its first
    /// <paramref name="ancestorMaxSense"/> meanings): "civilians" is a kind of "person", "shelling" of "attack",
    /// "Aleppo" of "city", "evacuees" of "person".
    /// </summary>
    public bool IsKindOf(string word, string ancestor, WordClass wordClass, int maxSense = 3, int ancestorMaxSense = 1)
    {
        var targets = First(Range(ancestor, wordClass), ancestorMaxSense);
        if (targets.IsEmpty)
            return false;
        LemmaBuffer buffer = default;
        int count = FindLemmas(word, wordClass, buffer);
        for (int i = 0; i < count; i++)
        {
            foreach (var sense in First(Range(buffer[i]!, wordClass), maxSense))
            {
                if (Reaches(sense, targets, depth: 0))
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every meaning that is, or descends through hypernyms from, one of the first <paramref name="ancestorMaxSense"/>
    /// meanings of <paramref name="ancestor"/>: the answer of <see cref="IsKindOf(string, string, WordClass, int, int)"/>
    /// for one ancestor computed once for all synsets, so a rule that asks it per word (is this noun a person?) looks up
    /// a flag instead of walking the hypernyms each time. One pass over the synsets, a few milliseconds.
    /// </summary>
    public KindSet KindsOf(string ancestor, WordClass wordClass, int ancestorMaxSense = 1)
    {
        var targets = First(Range(ancestor, wordClass), ancestorMaxSense);
        var state = new sbyte[SynsetCount]; // 0 not yet known, 1 a kind, -1 not
        for (int id = 0; id < state.Length; id++)
            Resolve(id, targets, state, depth: 0);
        var kinds = new bool[state.Length];
        for (int id = 0; id < state.Length; id++)
            kinds[id] = state[id] > 0;
        return new KindSet(kinds);
    }

    /// <summary>
    /// True when one of the first <paramref name="maxSense"/> meanings of <paramref name="word"/> (as written) is in
    /// <paramref name="kinds"/>: the same answer as <see cref="IsKindOf(string, string, WordClass, int, int)"/> with the
    /// ancestor <paramref name="kinds"/> was built for.
    /// </summary>
    public bool IsKindOf(string word, KindSet kinds, WordClass wordClass, int maxSense = 3)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        LemmaBuffer buffer = default;
        int count = FindLemmas(word, wordClass, buffer);
        for (int i = 0; i < count; i++)
        {
            foreach (var sense in First(Range(buffer[i]!, wordClass), maxSense))
            {
                if (kinds.Contains(sense))
                    return true;
            }
        }

        return false;
    }

    // Reaches with a memo: each synset is settled once; the depth guard is Reaches' own.
    private bool Resolve(int id, ReadOnlySpan<Synset> targets, sbyte[] state, int depth)
    {
        if (state[id] != 0)
            return state[id] > 0;
        if (targets.Contains(new Synset(id)))
        {
            state[id] = 1;
            return true;
        }

        if (depth > 40)
            return false;
        var reaches = false;
        foreach (var parent in Hypernyms(new Synset(id)))
        {
            if (Resolve(parent.Id, targets, state, depth + 1))
            {
                reaches = true;
                break;
            }
        }

        state[id] = reaches ? (sbyte)1 : (sbyte)-1;
        return reaches;
    }

    /// <summary>
    /// True when <paramref name="synset"/> is one of <paramref name="targets"/> or has one among its hypernyms.
    /// WordNet's hypernym graph has no cycles and is at most about 20 deep; the depth guard only bounds a malformed resource.
    /// </summary>
    private bool Reaches(Synset synset, ReadOnlySpan<Synset> targets, int depth)
    {
        if (targets.Contains(synset))
            return true;
        if (depth > 40)
            return false;
        foreach (var parent in Hypernyms(synset))
        {
            if (Reaches(parent, targets, depth + 1))
                return true;
        }

        return false;
    }

    /// <summary>
    /// The lemmas derivationally related to <paramref name="word"/> (as written) in its first <paramref name="maxSense"/>
    /// meanings, with their word classes: die -> death (noun), evacuate -> evacuation, evacuee; killing -> kill (verb).
    /// </summary>
    public IReadOnlyList<WordForm> Derivations(string word, WordClass wordClass, int maxSense = int.MaxValue) =>
        WordLinks(word, wordClass, LinkKind.Derivation, maxSense);

    /// <summary>
    /// The direct opposites of <paramref name="word"/> (as written) in its first <paramref name="maxSense"/> meanings:
    /// "rise" -> "fall", "increase" -> "decrease", "dead" -> "alive". Satellite adjectives have none of their own.
    /// </summary>
    public IReadOnlyList<string> Antonyms(string word, WordClass wordClass, int maxSense = int.MaxValue) =>
        LemmasOf(WordLinks(word, wordClass, LinkKind.Antonym, maxSense));

    /// <summary>
    /// The adjective or noun a word pertains to: an adverb to its adjective ("reportedly" -> "reported"), an adjective to
    /// its noun ("annual" -> "year").
    /// </summary>
    public IReadOnlyList<WordForm> Pertainyms(string word, WordClass wordClass, int maxSense = int.MaxValue) =>
        WordLinks(word, wordClass, LinkKind.Pertainym, maxSense);

    /// <summary>The verb an adjective is the participle of ("wounded" -> "wound").</summary>
    public IReadOnlyList<WordForm> ParticipleOf(string adjective, int maxSense = int.MaxValue) =>
        WordLinks(adjective, WordClass.Adjective, LinkKind.Participle, maxSense);

    /// <summary>
    /// The verbs WordNet groups with <paramref name="verb"/> (as written) in its first <paramref name="maxSense"/> meanings
    /// (meanings close enough to be one in most texts), without the verb itself.
    /// </summary>
    public IReadOnlyList<string> VerbGroup(string verb, int maxSense = int.MaxValue) =>
        LemmasOf(WordLinks(verb, WordClass.Verb, LinkKind.VerbGroup, maxSense));

    /// <summary>The adjectives similar to <paramref name="adjective"/> (satellites of a head, or the head of a satellite).</summary>
    public IReadOnlyList<string> SimilarTo(string adjective, int maxSense = int.MaxValue) =>
        LemmasOf(WordLinks(adjective, WordClass.Adjective, LinkKind.SimilarTo, maxSense));

    /// <summary>The verbs a verb causes ("kill" -> "die") in its first <paramref name="maxSense"/> meanings.</summary>
    public IReadOnlyList<string> Causes(string verb, int maxSense = int.MaxValue) =>
        LemmasOf(WordLinks(verb, WordClass.Verb, LinkKind.Cause, maxSense));

    /// <summary>
    /// The words of the first <paramref name="maxSense"/> meanings of <paramref name="word"/> (as written), the word's own
    /// lemma excluded, in sense order: "flee" -> "fly", "take flight".
    /// </summary>
    public IReadOnlyList<string> Synonyms(string word, WordClass wordClass, int maxSense = 1)
    {
        LemmaBuffer buffer = default;
        int count = FindLemmas(word, wordClass, buffer);
        var found = new List<string>();
        for (int i = 0; i < count; i++)
        {
            foreach (var sense in First(Range(buffer[i]!, wordClass), maxSense))
            {
                foreach (var member in Words(sense))
                {
                    if (!ReferenceEquals(member, buffer[i]) && !found.Contains(member))
                        found.Add(member);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Follows the links of <paramref name="kind"/> that start at <paramref name="word"/>'s lemmas in their first
    /// <paramref name="maxSense"/> meanings. A link between two words applies only to its own word; a link between two
    /// synsets applies to every word of the source and yields every word of the target.
    /// </summary>
    private List<WordForm> WordLinks(string word, WordClass wordClass, LinkKind kind, int maxSense)
    {
        LemmaBuffer buffer = default;
        int count = FindLemmas(word, wordClass, buffer);
        var found = new List<WordForm>();
        for (int i = 0; i < count; i++)
        {
            var range = Range(buffer[i]!, wordClass);
            foreach (var sense in First(range, maxSense))
            {
                int first = memberStart[sense.Id];
                for (int l = linkStart[sense.Id]; l < linkStart[sense.Id + 1]; l++)
                {
                    var link = links[l];
                    if (link.Kind != kind || (link.Source != 0 && members[first + link.Source - 1] != range.Lemma))
                        continue;
                    var targetClass = classes[link.Target];
                    if (link.TargetWord != 0)
                    {
                        AddDistinct(found, new WordForm(lemmas[members[memberStart[link.Target] + link.TargetWord - 1]], targetClass));
                        continue;
                    }

                    for (int m = memberStart[link.Target]; m < memberStart[link.Target + 1]; m++)
                    {
                        if (members[m] != range.Lemma)
                            AddDistinct(found, new WordForm(lemmas[members[m]], targetClass));
                    }
                }
            }
        }

        return found;
    }

    private static void AddDistinct(List<WordForm> found, WordForm form)
    {
        if (!found.Contains(form))
            found.Add(form);
    }

    private static List<string> LemmasOf(List<WordForm> forms)
    {
        var result = new List<string>(forms.Count);
        foreach (var form in forms)
        {
            if (!result.Contains(form.Lemma))
                result.Add(form.Lemma);
        }

        return result;
    }

    private ReadOnlySpan<Synset> First(SenseRange range, int maxSense) =>
        senses.AsSpan(range.Start, Math.Min(range.Count, Math.Max(maxSense, 0)));

    private SenseRange Range(string lemma, WordClass wordClass)
    {
        var lookup = indexLookups[(int)wordClass];
        if (lookup.TryGetValue(lemma, out var range))
            return range;
        if (!HasUpper(lemma))
            return default;
        Span<char> lower = lemma.Length <= 128 ? stackalloc char[lemma.Length] : new char[lemma.Length];
        lemma.AsSpan().ToLowerInvariant(lower);
        return lookup.TryGetValue(lower, out range) ? range : default;
    }

    private static bool HasUpper(string text)
    {
        foreach (char c in text)
        {
            if (char.IsUpper(c))
                return true;
        }

        return false;
    }

    /// <summary>Where a lemma's senses sit in the flat sense table, and the lemma's number in the lemma table.</summary>
    private readonly record struct SenseRange(int Start, int Count, int Lemma);

    /// <summary>One link from a synset: its kind, the source and target word (1-based; 0 = the whole synset) and the target.</summary>
    private readonly record struct Link(LinkKind Kind, byte Source, byte TargetWord, int Target);
}
