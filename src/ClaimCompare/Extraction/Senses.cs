namespace ClaimCompare.Extraction;

/// <summary>
/// The word meanings the extractor asks about, behind one small interface so that a lexical resource (WordNet
/// hypernyms: person.n.01 and its hyponyms) can replace the built-in answers without touching the rules that ask.
/// </summary>
internal interface ISenses
{
    /// <summary>True when the lower-case singular noun names a person ("man", "teenager", "deputy").</summary>
    bool IsPerson(string lowerNoun);
}

/// <summary>
/// Built-in senses: the person nouns news uses for single casualties and actors. Stand-in for a lexical resource;
/// immutable and shared.
/// </summary>
internal sealed class BuiltInSenses : ISenses
{
    /// <summary>The shared instance.</summary>
    public static BuiltInSenses Instance { get; } = new();

    private static readonly HashSet<string> Persons = new(StringComparer.Ordinal)
    {
        "man", "woman", "boy", "girl", "person", "teen", "teenager", "child", "toddler", "baby", "infant", "youth", "juvenile",
        "adult", "male", "female", "student", "officer", "deputy", "trooper", "agent", "soldier", "civilian", "victim",
        "resident", "driver", "motorist", "passenger", "customer", "patron", "bystander", "pedestrian", "employee", "worker",
        "clerk", "guard", "teacher", "nurse", "doctor", "firefighter", "journalist", "reporter", "mother", "father", "son",
        "daughter", "brother", "sister", "wife", "husband", "girlfriend", "boyfriend", "friend", "neighbor", "neighbour",
        "cousin", "uncle", "aunt", "grandmother", "grandfather", "relative", "individual", "suspect", "gunman", "shooter",
        "pilot", "farmer", "villager", "protester", "prisoner", "inmate", "patient", "player", "fan", "tourist", "visitor",
        "pupil", "cyclist", "rider", "hiker", "climber", "miner", "sailor", "fisherman", "diver", "swimmer", "runner",
    };

    /// <inheritdoc />
    public bool IsPerson(string lowerNoun) => Persons.Contains(lowerNoun);
}
