using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction;

/// <summary>
/// The canonical predicates ("what happened to the counted thing") and the words that map to each.
/// <see cref="Model.Claim"/> predicates are always one of <see cref="Canonical"/>'s results, so the comparison
/// engine can group "died", "dead" and "killed" together. This is the single place to extend the table.
/// </summary>
/// <remarks>
/// Canonical forms: killed, injured, left, returned, arrested, captured, lost, liberated, destroyed,
/// displaced, besieged, fired, attacked, joined, rescued, deployed, missing, abducted, surrendered, affected,
/// fought (the groups or forces fought against), inhabited (a population: "populated by 35,000 farmers"),
/// and "killed and injured" (one count of both: "1,400 villagers were killed and injured").
/// </remarks>
internal static class PredicateLexicon
{
    private static readonly Dictionary<string, string> Map = Build();

    /// <summary>Adverbs that say a harm was deadly ("fatally shot", "two of them fatally").</summary>
    private static readonly FrozenSet<string> FatalAdverbs = Lexicon.Default.Words("predicate.fatal-adverb");

    /// <summary>Adverbs of how badly someone was hurt ("critically", "slightly").</summary>
    private static readonly FrozenSet<string> InjuryAdverbs = Lexicon.Default.Words("predicate.injury-adverb");

    /// <summary>Gerunds that are verbs only before a figure, with their predicate.</summary>
    private static readonly FrozenDictionary<string, string> GerundsBeforeFigure = Lexicon.Default.Values("predicate.gerund-before-figure")
        .ToFrozenDictionary(p => p.Key, p => FromData(p.Value), StringComparer.Ordinal);

    /// <summary>Multi-word expressions checked before single words ("lost their lives" is killed, not lost).</summary>
    private static readonly (string[] Words, string Canonical)[] Phrases =
    [
        (["lost", "their", "lives"], "killed"), (["lost", "his", "life"], "killed"), (["lost", "her", "life"], "killed"),
        (["taken", "prisoner"], "captured"), (["taken", "captive"], "captured"), (["taken", "hostage"], "abducted"),
        (["taken", "back"], "liberated"), (["took", "back"], "liberated"), (["taken", "over"], "captured"),
        (["took", "over"], "captured"), (["driven", "out"], "displaced"), (["forced", "out"], "displaced"),
        (["laid", "down", "their", "arms"], "surrendered"), (["laid", "down", "their", "weapons"], "surrendered"), (["laid", "down", "arms"], "surrendered"),
        (["lay", "down", "their", "arms"], "surrendered"), (["lay", "down", "their", "weapons"], "surrendered"), (["lay", "down", "arms"], "surrendered"),
        .. Casualties(),
        .. Shootings(),
    ];

    private static readonly Scanning.PhraseTable<string> PhraseIndex = new(Phrases.Select(p => (string.Join(' ', p.Words), p.Canonical)));

    /// <summary>The canonical predicate of a count of the dead and the wounded together ("killed and injured").</summary>
    public const string KilledAndInjured = "killed and injured";

    /// <summary>The predicate of a count of the dead (the value rules compare against, not a word of the text).</summary>
    public const string Killed = "killed";

    /// <summary>The predicate of a count of the hurt.</summary>
    public const string Injured = "injured";

    // "killed and injured", "dead or wounded", "wounded and killed": one count of both, never either half.
    private static IEnumerable<(string[] Words, string Canonical)> Casualties()
    {
        string[] dead = ["killed", "died", "dead"];
        string[] hurt = ["injured", "wounded", "hurt", "maimed"];
        foreach (var d in dead)
        {
            foreach (var h in hurt)
            {
                foreach (var join in new[] { "and", "or" })
                {
                    yield return ([d, join, h], KilledAndInjured);
                    yield return ([h, join, d], KilledAndInjured);
                }
            }
        }
    }

    /// <summary>
    /// A person shot is a casualty, dead or alive: "five people were shot" counts both, like "killed and injured"; the
    /// outcome, when the sentence gives it, decides ("shot dead", "shot and wounded"). A manner adverb of death makes any
    /// harm verb a killing ("fatally shot", "mortally wounded", "shot fatally").
    /// </summary>
    private static IEnumerable<(string[] Words, string Canonical)> Shootings()
    {
        foreach (var shot in new[] { "shot", "gunned" })
        {
            yield return ([shot, "dead"], "killed");
            yield return ([shot, "to", "death"], "killed");
            yield return ([shot, "and", "killed"], "killed");
            yield return ([shot, "and", "died"], "killed");
            yield return ([shot, "and", "fatally", "wounded"], "killed");
            yield return ([shot, "and", "wounded"], "injured");
            yield return ([shot, "and", "injured"], "injured");
            yield return ([shot, "and", "hurt"], "injured");
        }

        foreach (var adverb in FatalAdverbs)
        {
            foreach (var harm in new[] { "shot", "wounded", "injured", "hurt", "struck", "hit", "stabbed" })
            {
                yield return ([adverb, harm], "killed");
                yield return ([harm, adverb], "killed");
            }
        }

        yield return (["gunned", "down"], KilledAndInjured);
        yield return (["found", "dead"], "killed");
        yield return (["pronounced", "dead"], "killed");
        yield return (["declared", "dead"], "killed");
    }

    /// <summary>
    /// Passive participles whose agent after "by" is the counted thing: "districts populated by 90,000 residents"
    /// counts residents living there. Other participles keep the agent apart ("killed by 3 shells" counts shells,
    /// not the dead), so only these read through "by".
    /// </summary>
    private static readonly FrozenSet<string> AgentCounted = Lexicon.Default.Words("predicate.counts-agent");

    /// <summary>Every word the table knows, with its canonical predicate.</summary>
    public static IReadOnlyDictionary<string, string> Synonyms => Map;

    /// <summary>The canonical predicate of a word or phrase ("died" gives "killed"), or null when it is not a predicate.</summary>
    public static string? Canonical(string wordOrPhrase)
    {
        ArgumentNullException.ThrowIfNull(wordOrPhrase);
        var key = wordOrPhrase.Trim().ToLowerInvariant();
        if (Map.TryGetValue(key, out var canonical))
        {
            return canonical;
        }

        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (phrase, value) in Phrases)
        {
            if (phrase.AsSpan().SequenceEqual(words))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// The canonical predicate of a gerund that is a verb only when a figure follows it: "fighting tens of groups"
    /// (elsewhere "fighting" is a noun or a modifier: "heavy fighting", "infantry fighting vehicles"), or null.
    /// </summary>
    internal static string? OfVerbBeforeFigure(string lowerWord) => GerundsBeforeFigure.GetValueOrDefault(lowerWord);

    /// <summary>
    /// The predicate an adverb alone gives a figure elliptically ("five were shot, two fatally", "six wounded -- two
    /// mortally"): a fatal adverb makes a killing, an adverb of how badly someone was hurt an injury; null otherwise.
    /// </summary>
    internal static string? OfOutcomeAdverb(string lowerWord) =>
        FatalAdverbs.Contains(lowerWord) ? "killed"
        : InjuryAdverbs.Contains(lowerWord) ? "injured"
        : null;

    /// <summary>True when the lower-case participle counts its agent ("populated" in "populated by 35,000 farmers").</summary>
    internal static bool CountsAgent(string lowerWord) => AgentCounted.Contains(lowerWord);

    /// <summary>True for the casualty predicates: killed, injured, or both at once.</summary>
    internal static bool IsCasualty(string? predicate) => predicate is "killed" or "injured" or KilledAndInjured;

    /// <summary>The canonical predicate of one lower-case word, or null (no allocation).</summary>
    internal static string? OfWord(string lowerWord) => Map.GetValueOrDefault(lowerWord);

    /// <summary>Matches a multi-word predicate starting at token <paramref name="index"/>; returns its length in tokens or 0.</summary>
    internal static int MatchPhrase(IReadOnlyList<Scanning.Token> tokens, int index, out string canonical) =>
        PhraseIndex.MatchForward(tokens, index, out canonical);

    /// <summary>Matches the longest multi-word predicate ending at token <paramref name="last"/> and starting after <paramref name="floor"/>; returns its length or 0.</summary>
    internal static int MatchPhraseEndingAt(IReadOnlyList<Scanning.Token> tokens, int last, int floor, out string canonical) =>
        PhraseIndex.MatchBackward(tokens, last + 1, floor + 1, out canonical);

    // The word table is data: role predicate:CANONICAL in Language/Data (events.tsv), "_" for a space.
    private static Dictionary<string, string> Build() =>
        Lexicon.Default.Values("predicate").ToDictionary(p => p.Key, p => FromData(p.Value), StringComparer.Ordinal);

    // Role values cannot hold spaces: "killed_and_injured" is the canonical "killed and injured".
    private static string FromData(string value) => value.Replace('_', ' ');
}
