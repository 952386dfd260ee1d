using System.Collections.Frozen;
using System.Text;

namespace ClaimCompare.Language;

/// <summary>
/// Event words by class, shared by extraction (which reads the event around a figure) and comparison (which tells like
/// events from unlike): which verbs and nouns name the same event, and which words negate one.
/// </summary>
internal static class EventWords
{
    /// <summary>Event verbs and nouns by class: synonyms of one event.</summary>
    public static readonly FrozenDictionary<string, string> Class = Nouns.Build(new Dictionary<string, string[]>
    {
        ["killed"] = ["killed", "kill", "kills", "died", "die", "dies", "dead", "death", "deaths", "slain", "slaughtered", "perished", "massacred", "murdered", "executed", "fatalities", "toll"],
        ["injured"] = ["injured", "injure", "injures", "wounded", "wound", "wounds", "hurt", "injury", "injuries", "maimed"],
        ["left"] = ["left", "leave", "leaves", "fled", "flee", "flees", "evacuated", "evacuate", "evacuation", "exited", "exit", "escaped", "escape", "departed", "withdrew"],
        ["displaced"] = ["displaced", "uprooted", "homeless"],
        ["returned"] = ["returned", "return", "returns"],
        ["arrested"] = ["arrested", "detained", "captured-alive", "jailed", "imprisoned", "abducted", "kidnapped"],
        ["captured"] = ["captured", "seized", "took", "taken", "liberated", "retook", "recaptured", "overran", "controlled"],
        ["fired"] = ["fired", "fire", "launched", "launch", "rained", "lobbed", "shot"],
        ["destroyed"] = ["destroyed", "destroy", "lost", "eliminated", "downed", "wrecked"],
        ["besieged"] = ["besieged", "trapped", "encircled", "stranded"],
        ["affected"] = ["affected", "exposed", "poisoned", "suffocated"],
        ["pause"] = ["pause", "lull", "break", "truce", "ceasefire", "cease-fire", "moratorium", "cessation", "halt", "respite", "paused", "suspended", "suspension"],
        ["siege"] = ["siege", "blockade", "encirclement"],
        ["battle"] = ["battle", "offensive", "fighting", "clashes", "assault", "campaign", "war"],
    });

    /// <summary>Words that negate an event: "did not use warplanes for 16 days" is the length of a pause.</summary>
    public static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(
        ["not", "no", "never", "without", "didn't", "haven't", "hasn't", "won't", "nothing"], StringComparer.Ordinal);

    /// <summary>Splits a phrase into words, keeping hyphenated words and commas (for coordinations and clause ends).</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var sb = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch) || ch is '-' or '\'' or '’')
            {
                sb.Append(ch);
                continue;
            }

            Flush(sb, words);
            if (ch == ',')
            {
                words.Add(",");
            }
        }

        Flush(sb, words);
        return words;

        static void Flush(StringBuilder sb, List<string> words)
        {
            if (sb.Length > 0)
            {
                // A word of hyphens and apostrophes only trims to nothing and is dropped.
                var word = sb.ToString().Trim('-', '\'');
                if (word.Length > 0)
                {
                    words.Add(word);
                }

                sb.Clear();
            }
        }
    }
}
