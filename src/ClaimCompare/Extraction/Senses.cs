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

    /// <inheritdoc />
    public bool CanBeNoun(string lowerWord)
    {
        ArgumentNullException.ThrowIfNull(lowerWord);
        return WordNet.Default.Knows(lowerWord, WordClass.Noun);
    }
}
