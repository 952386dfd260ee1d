namespace ClaimCompare.Language;

/// <summary>The four open word classes as WordNet divides them (adjective satellites count as adjectives).</summary>
internal enum WordClass
{
    /// <summary>A noun ("evacuation", "death toll").</summary>
    Noun,

    /// <summary>A verb ("flee", "pass away").</summary>
    Verb,

    /// <summary>An adjective, head or satellite ("dead", "injured").</summary>
    Adjective,

    /// <summary>An adverb ("reportedly").</summary>
    Adverb,
}

/// <summary>A WordNet synset (one meaning shared by its words), as a handle into <see cref="WordNet"/>'s tables.</summary>
/// <param name="Id">The synset's position in the resource; only meaningful for the <see cref="WordNet"/> that gave it.</param>
internal readonly record struct Synset(int Id);

/// <summary>A WordNet lemma with its word class, as derivation and pertainym links return them.</summary>
/// <param name="Lemma">The lemma in lower case, words of a compound joined by spaces ("death toll").</param>
/// <param name="Class">The lemma's word class.</param>
internal readonly record struct WordForm(string Lemma, WordClass Class);

/// <summary>The links between synsets or words that the resource keeps (hypernyms are held apart, see <see cref="WordNet"/>).</summary>
internal enum LinkKind : byte
{
    /// <summary>Verbs of similar meaning grouped by WordNet ("$").</summary>
    VerbGroup,

    /// <summary>An adjective satellite and its head ("&amp;").</summary>
    SimilarTo,

    /// <summary>Opposite words ("!"), always between two words.</summary>
    Antonym,

    /// <summary>Words of different classes sharing a stem and meaning ("+": die/death, evacuate/evacuee).</summary>
    Derivation,

    /// <summary>An adjective pertaining to a noun, or an adverb derived from an adjective ("\": annual/year, quickly/quick).</summary>
    Pertainym,

    /// <summary>An adjective that is the participle of a verb ("&lt;": wounded/wound).</summary>
    Participle,

    /// <summary>A verb that causes another ("&gt;": kill/die).</summary>
    Cause,

    /// <summary>A verb that entails another ("*": snore/sleep).</summary>
    Entailment,
}

/// <summary>
/// The synsets that are a kind of one ancestor meaning (built by <see cref="WordNet.KindsOf"/>); immutable, so one instance
/// is shared by every thread.
/// </summary>
internal sealed class KindSet
{
    private readonly bool[] kinds;

    internal KindSet(bool[] kinds) => this.kinds = kinds;

    /// <summary>True when <paramref name="synset"/> is a kind of the ancestor.</summary>
    public bool Contains(Synset synset) => (uint)synset.Id < (uint)kinds.Length && kinds[synset.Id];
}
