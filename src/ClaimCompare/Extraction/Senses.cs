using ClaimCompare.Language;

namespace ClaimCompare.Extraction;

/// <summary>
/// The word meanings the casualty rules ask about, behind one small interface so that the rules never hold a word list
/// of their own and a test can swap the resource.
/// </summary>
internal interface ISenses
{
    /// <summary>True when the lower-case singular noun names a person ("man", "teenager", "deputy").</summary>
    bool IsPerson(string lowerNoun);

    /// <summary>True when the lower-case word, as written, can be a noun ("soldiers", "families"; not "told", "late").</summary>
    bool CanBeNoun(string lowerWord);

    /// <summary>True when the lower-case noun names a wrongdoer ("gunman", "attacker", "assailant"); false unless a resource says so.</summary>
    bool IsWrongdoer(string lowerNoun) => false;

    /// <summary>
    /// True when the lower-case word is a comparative or superlative of an adjective ("younger", "oldest", "larger"): a
    /// graded word before a counted noun picks some out of a larger set. False unless a resource says so.
    /// </summary>
    bool IsGraded(string lowerWord) => false;

    /// <summary>
    /// True when the lower-case adjective sorts people into two kinds that both name persons as nouns ("male"/"female",
    /// "adult"/"juvenile"): such a modifier picks one side of a group. False unless a resource says so.
    /// </summary>
    bool IsPersonAdjective(string lowerWord) => false;

    /// <summary>
    /// True when the lower-case noun names a place within a site: a room or a vehicle ("kitchen", "car", "bus"). False unless
    /// a resource says so.
    /// </summary>
    bool IsPlaceWithin(string lowerNoun) => false;

    /// <summary>
    /// True when the lower-case verb form moves someone from place to place ("drove", "ran", "walked", "transported",
    /// "airlifted"). False unless a resource says so.
    /// </summary>
    bool IsMotion(string lowerVerb) => false;
}

/// <summary>
/// Senses read from WordNet (<see cref="WordNet.Default"/>): a noun names a person when one of its first two meanings
/// is a kind of person.n.01 ("cyclist", "deputy", "toddler"; "male" through its second meaning). Only the first
/// meanings count, so rare ones stay out ("shot" as a marksman, "fan" as a person is its second meaning and counts).
/// Immutable and shared.
/// </summary>
internal sealed class WordNetSenses : ISenses
{
    private const int MaxSense = 2;

    // The casualty rules ask IsPerson of every noun after "a"/"an": the person meanings are settled once per process.
    private readonly Lazy<KindSet> persons = new(() => WordNet.Default.KindsOf("person", WordClass.Noun));

    /// <summary>The shared instance over the embedded WordNet (loaded on first use).</summary>
    public static WordNetSenses Instance { get; } = new();

    /// <inheritdoc />
    public bool IsPerson(string lowerNoun)
    {
        ArgumentNullException.ThrowIfNull(lowerNoun);
        return lowerNoun.Length > 1 && WordNet.Default.IsKindOf(lowerNoun, persons.Value, WordClass.Noun, MaxSense);
    }

    // Read once: the kinds of wrongdoer.n.01 ("gunman", "attacker", "perpetrator").
    private readonly Lazy<KindSet> wrongdoers = new(() => WordNet.Default.KindsOf("wrongdoer", WordClass.Noun));

    /// <inheritdoc />
    public bool IsWrongdoer(string lowerNoun)
    {
        ArgumentNullException.ThrowIfNull(lowerNoun);
        return lowerNoun.Length > 1 && WordNet.Default.IsKindOf(lowerNoun, wrongdoers.Value, WordClass.Noun, MaxSense);
    }

    // Read once: rooms and conveyances ("kitchen", "bedroom", "car", "bus"; conveyance.n.03, a means of transport), the places
    // within a site. Only a noun's first meaning counts: a bar is as often the whole site of an incident as a room in it.
    private readonly Lazy<(KindSet Rooms, KindSet Conveyances)> places = new(() =>
        (WordNet.Default.KindsOf("room", WordClass.Noun), WordNet.Default.KindsOf("conveyance", WordClass.Noun, ancestorMaxSense: 3)));

    // Read once: kinds of travel.v.01 ("drive", "run", "walk", "fly") and of transport.v.01 ("airlift", "ferry").
    private readonly Lazy<(KindSet Travel, KindSet Transport)> motions = new(() =>
        (WordNet.Default.KindsOf("travel", WordClass.Verb), WordNet.Default.KindsOf("transport", WordClass.Verb)));

    /// <inheritdoc />
    public bool IsGraded(string lowerWord)
    {
        ArgumentNullException.ThrowIfNull(lowerWord);
        // A graded form ends in -er or -est and WordNet reads it as another adjective ("younger" -> young, "worst" -> bad).
        return lowerWord.Length > 4 && (lowerWord.EndsWith("er", StringComparison.Ordinal) || lowerWord.EndsWith("est", StringComparison.Ordinal))
            && WordNet.Default.Lemmas(lowerWord, WordClass.Adjective).Any(l => !string.Equals(l, lowerWord, StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public bool IsPersonAdjective(string lowerWord)
    {
        ArgumentNullException.ThrowIfNull(lowerWord);
        // "young" is no such word: its opposite "old" names no person, so "two young men" is a description, not a side.
        return IsPerson(lowerWord) && WordNet.Default.Antonyms(lowerWord, WordClass.Adjective, MaxSense).Any(IsPerson);
    }

    /// <inheritdoc />
    public bool IsPlaceWithin(string lowerNoun)
    {
        ArgumentNullException.ThrowIfNull(lowerNoun);
        var (rooms, conveyances) = places.Value;
        return lowerNoun.Length > 1 && (WordNet.Default.IsKindOf(lowerNoun, rooms, WordClass.Noun, maxSense: 1)
            || WordNet.Default.IsKindOf(lowerNoun, conveyances, WordClass.Noun, maxSense: 1));
    }

    /// <inheritdoc />
    public bool IsMotion(string lowerVerb)
    {
        ArgumentNullException.ThrowIfNull(lowerVerb);
        var (travel, transport) = motions.Value;
        return lowerVerb.Length > 1 && (WordNet.Default.IsKindOf(lowerVerb, travel, WordClass.Verb, MaxSense)
            || WordNet.Default.IsKindOf(lowerVerb, transport, WordClass.Verb, MaxSense));
    }

    /// <inheritdoc />
    public bool CanBeNoun(string lowerWord)
    {
        ArgumentNullException.ThrowIfNull(lowerWord);
        return WordNet.Default.Knows(lowerWord, WordClass.Noun);
    }
}
