using System.Collections.Frozen;
using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>
/// The word tables attribution runs on. Written for this project from general English news usage;
/// docs/attribution.md lists what each table is for. All lookups are case-insensitive.
/// </summary>
internal static class Lexicon
{
    private static readonly StringComparer Ci = StringComparer.OrdinalIgnoreCase;

    /// <summary>Nouns naming a speech act or a stated stance, the objects that make a light verb a cue.</summary>
    public static readonly FrozenSet<string> SpeechNouns = Language.Lexicon.Default.WordsIgnoringCase("source.speech-noun");

    /// <summary>Objects that make an issue verb a cue: texts and messages (with <see cref="DocumentWords"/>).</summary>
    public static readonly FrozenSet<string> IssuedTexts = Language.Lexicon.Default.WordsIgnoringCase("source.issued-text");

    /// <summary>
    /// Adjectives of stance after "be" ("the union is critical of", "farmers were angry that", "is confident that"): with a following
    /// that/of/about/to/over complement they attribute an attitude to the subject (<see cref="CueClass.Attitude"/>).
    /// </summary>
    public static readonly FrozenSet<string> StanceAdjectives = Language.Lexicon.Default.WordsIgnoringCase("source.stance-adjective");

    /// <summary>Nouns naming a statement, which a possessor makes ("the governor's claim that", "her assertion that").</summary>
    public static readonly FrozenSet<string> StatementNouns = Language.Lexicon.Default.WordsIgnoringCase("source.statement-noun");

    // ---- Nominal cues (issue 4, branch nominal): speech events opening a sentence, "by her own account" ----

    /// <summary>Speech events that, opening a sentence as "In a statement, ..." or "In her speech, ...", make the subject the speaker.</summary>
    public static readonly FrozenSet<string> SpeechEvents = Language.Lexicon.Default.WordsIgnoringCase("source.speech-event");

    /// <summary>Nouns of "by her own account", "by one estimate", "by most accounts": a statement that frames the clause.</summary>
    public static readonly FrozenSet<string> OwnAccountNouns = Language.Lexicon.Default.WordsIgnoringCase("source.own-account-noun");

    /// <summary>
    /// Verbs that report speech only with a particle ("called for", "called on"); alone they name or phone
    /// ("a group called X", "Hale called Ortega").
    /// </summary>
    /// <summary>True when <paramref name="word"/> is one of the space-separated <paramref name="particles"/> (no allocation).</summary>
    public static bool IsParticle(string particles, string word)
    {
        var all = particles.AsSpan();
        foreach (var range in all.Split(' '))
        {
            if (all[range].SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    public static readonly IReadOnlyDictionary<string, string> ParticleVerbs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["call"] = "for on",
        ["point"] = "out to",
        ["speak"] = "about of out",
        ["talk"] = "about of",
        ["rail"] = "against",
        ["lash"] = "out",
        ["weigh"] = "in",
        ["refer"] = "to",
        ["push"] = "for",
        ["lobby"] = "for against",
        ["lay"] = "out",
        ["press"] = "for on",
        ["hint"] = "at that",
        ["allude"] = "to",
        ["vouch"] = "for",
    };

    /// <summary>Labels that open an editorial line with a colon and name no speaker ("Correction:", "Editor's note:").</summary>
    public static readonly FrozenSet<string> EditorialLabels = Language.Lexicon.Default.WordsIgnoringCase("source.editorial-label");

    /// <summary>Every cue verb form (speech and attitude) mapped to its base form.</summary>
    public static readonly IReadOnlyDictionary<string, string> CueVerbs = BuildVerbs();

    /// <summary>Base forms of the attitude verbs: their cues are <see cref="CueClass.Attitude"/>.</summary>
    public static readonly HashSet<string> AttitudeLemmas = new(Language.Lexicon.Default.Values("cue.attitude").Values, Ci);

    /// <summary>Base forms of the verbs of issuing a text ("issued a statement"): cues only with a text as their object.</summary>
    public static readonly HashSet<string> IssueLemmas = new(Language.Lexicon.Default.Values("cue.issue").Values, Ci);

    /// <summary>Base forms of the light verbs ("made the case"): cues only with a speech noun as their object.</summary>
    public static readonly HashSet<string> LightLemmas = new(Language.Lexicon.Default.Values("cue.light").Values, Ci);

    /// <summary>Base forms of the action and reaction verbs: their cues are <see cref="CueClass.Action"/>.</summary>
    public static readonly HashSet<string> ActionLemmas = new(Language.Lexicon.Default.Values("cue.action").Values, Ci);

    /// <summary>True for an action or reaction lemma: the table's, or a WordNet verb of criticising (<see cref="CommunicationVerbs"/>).</summary>
    public static bool IsAction(string lemma) => ActionLemmas.Contains(lemma) || CommunicationVerbs.IsCriticism(lemma);

    /// <summary>Verbs whose object is the person or outlet told ("told Sputnik", "informed reporters").</summary>
    public static readonly FrozenSet<string> ObjectVerbs = Language.Lexicon.Default.WordsIgnoringCase("source.object-verb");

    /// <summary>Verbs that also head noun phrases often enough that a bare plural needs a subject to count ("reports", "estimates", "claims").</summary>
    public static readonly FrozenSet<string> NounLikeForms = Language.Lexicon.Default.WordsIgnoringCase("source.noun-like-form");

    /// <summary>Verb forms and adverbs that may stand between a subject and its cue ("has also said", "had told").</summary>
    public static readonly FrozenSet<string> Auxiliaries = Language.Lexicon.Default.WordsIgnoringCase("skip.before-cue");

    /// <summary>Forms of "be": a cue right after one is passive ("are said to") and names no source.</summary>
    public static readonly FrozenSet<string> BeForms = Language.Lexicon.Default.WordsIgnoringCase("passive-auxiliary");

    /// <summary>Words that start a new clause: a subject noun phrase never reaches back past them.</summary>
    public static readonly FrozenSet<string> ClauseWords = Language.Lexicon.Default.WordsIgnoringCase("clause-start.source");

    /// <summary>Prepositions that may join a source phrase ("Head of operations in the General Staff", "sources close to").</summary>
    public static readonly FrozenSet<string> InnerPrepositions = Language.Lexicon.Default.WordsIgnoringCase("source.inner-preposition");

    /// <summary>Determiners and possessive pronouns that open a noun phrase.</summary>
    /// <remarks>Small numbers open a source phrase as a determiner does ("two officials", "one source").</remarks>
    public static readonly HashSet<string> Determiners = new(
        [.. Language.Lexicon.Default.Union(Ci, "determiner.article", "determiner.demonstrative", "determiner.possessive", "determiner.quantifier", "attribution.determiner-number")],
        Ci);

    /// <summary>Pronouns that can be speakers.</summary>
    public static readonly FrozenSet<string> Pronouns = Language.Lexicon.Default.WordsIgnoringCase("pronoun.subject");

    /// <summary>Words introducing a time adjunct that may stand next to a cue ("said on Monday", "said last week").</summary>
    public static readonly FrozenSet<string> TimeWords = Language.Lexicon.Default.WordsIgnoringCase("source.time-word");

    /// <summary>Titles and ranks written before a name ("Lt. Gen.", "President", "Spokeswoman").</summary>
    public static readonly FrozenSet<string> Titles = Language.Lexicon.Default.WordsIgnoringCase("title.source");

    /// <summary>Lower-case particles inside personal names ("Nour al-Din", "Staffan de Mistura").</summary>
    public static readonly FrozenSet<string> NameParticles = Language.Lexicon.Default.WordsIgnoringCase("name-particle.source");

    /// <summary>Words that make a capitalised phrase an organisation rather than a person.</summary>
    public static readonly FrozenSet<string> OrganizationWords = Language.Lexicon.Default.WordsIgnoringCase("organisation-word.source");

    /// <summary>News outlets and agencies known by name (the channel in "told Sputnik").</summary>
    public static readonly FrozenSet<string> OutletNames = Language.Lexicon.Default.WordsIgnoringCase("source.outlet-name");

    /// <summary>Head words that make a phrase a news outlet ("al-Watan daily", "state TV", "The Lakeside Post").</summary>
    public static readonly FrozenSet<string> OutletWords = Language.Lexicon.Default.WordsIgnoringCase("outlet-word.source");

    /// <summary>Words that make a phrase a monitor or NGO.</summary>
    public static readonly FrozenSet<string> MonitorWords = Language.Lexicon.Default.WordsIgnoringCase("source.monitor");

    /// <summary>Words that make a phrase an official body (government, military, UN agency).</summary>
    public static readonly FrozenSet<string> OfficialWords = Language.Lexicon.Default.WordsIgnoringCase("source.official");

    /// <summary>Head words of a document, estimate or finding ("recent estimates", "a report", "the poll").</summary>
    public static readonly FrozenSet<string> DocumentWords = Language.Lexicon.Default.WordsIgnoringCase("source.document");

    /// <summary>Nouns that name an unnamed speaker ("a military source", "local sources", "activists").</summary>
    public static readonly FrozenSet<string> AnonymousHeads = Language.Lexicon.Default.WordsIgnoringCase("source.anonymous-head");

    /// <summary>Role nouns that refer back to a person already named ("the general", "the Russian diplomat").</summary>
    public static readonly FrozenSet<string> PersonRoleNouns = Language.Lexicon.Default.WordsIgnoringCase("source.person-role");

    /// <summary>Listeners that are not a channel ("told reporters", "told the council").</summary>
    public static readonly FrozenSet<string> AudienceWords = Language.Lexicon.Default.WordsIgnoringCase("source.audience");

    /// <summary>Abbreviations whose full stop belongs to the word.</summary>
    public static readonly HashSet<string> Abbreviations = new(
        ["Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Gov", "Sen", "Rep", "Rev", "St", "Jr", "Sr",
         "Inc", "Ltd", "Co", "Corp", "No", "Mt", "Gens", "Cmdr", "Brig", "Pres", "Sec", "Sept", "Gen-Lt", "Lt-Gen"],
        StringComparer.Ordinal);

    private static Dictionary<string, string> BuildVerbs()
    {
        // The cue classes in the order they claim a form shared by two of them (Language/Data/cue-verbs.tsv). A local, not a
        // field: CueVerbs is initialised above any field declared here.
        string[] cueRoles = ["cue.speech", "cue.attitude", "cue.action", "cue.issue", "cue.light"];
        var verbs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in cueRoles)
        {
            foreach (var (form, lemma) in Language.Lexicon.Default.Values(role))
            {
                verbs.TryAdd(form, lemma);
            }
        }

        return verbs;
    }

    /// <summary>Strips a possessive ending ("Ministry's" is "Ministry").</summary>
    public static string StripPossessive(string word, out bool possessive)
    {
        possessive = word.Length > 2 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase));
        if (possessive)
        {
            return word[..^2];
        }

        if (word.Length > 2 && (word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal)))
        {
            possessive = true;
            return word[..^1];
        }

        return word;
    }
}
