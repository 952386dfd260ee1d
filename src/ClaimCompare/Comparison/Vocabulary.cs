using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Comparison;

/// <summary>
/// Word classes the comparer needs to tell like from unlike: which counted nouns and which event verbs
/// name the same thing. Written for news English; lookups are on lower-cased singular forms.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Counted nouns by class. Words in one class count the same kind of thing.</summary>
    public static readonly FrozenDictionary<string, string> SubjectClass = Nouns.CountedClass;

    /// <summary>Subject classes that name people in general; they may stand for civilians in casualty reports.</summary>
    public static readonly FrozenSet<string> GeneralPeople = FrozenSet.ToFrozenSet(["person"], StringComparer.Ordinal);

    /// <summary>Subject classes of people, where a proper-name modifier ("Hezbollah fighters") narrows the count.</summary>
    public static readonly FrozenSet<string> HumanClasses = Lexicon.Default.Words("counted.human-class");

    /// <summary>Event verbs and nouns by class: synonyms of one event (<see cref="EventWords.Class"/>).</summary>
    public static readonly FrozenDictionary<string, string> PredicateClass = EventWords.Class;

    /// <summary>Words that negate an event: "did not use warplanes for 16 days" is the length of a pause.</summary>
    public static readonly FrozenSet<string> Negations = EventWords.Negations;

    /// <summary>Time units, lower-cased singular, to the unit the comparer uses.</summary>
    public static readonly FrozenDictionary<string, string> TimeUnits = Nouns.TimeUnits;

    /// <summary>Other unit spellings to one name, so "km" and "kilometers" compare (role <c>unit.alias:NAME</c>, units.tsv).</summary>
    public static readonly FrozenDictionary<string, string> UnitAliases = Lexicon.Default.Values("unit.alias");

    /// <summary>Modifiers that narrow a count of people: nationality and origin words.</summary>
    public static bool IsRestrictingModifier(string word, bool capitalised)
    {
        if (word.StartsWith("non-", StringComparison.Ordinal) || word is "foreign" || word is "local")
        {
            return true;
        }

        return capitalised;
    }

    private static FrozenDictionary<string, string> Build(Dictionary<string, string[]> classes) => Nouns.Build(classes);
}
