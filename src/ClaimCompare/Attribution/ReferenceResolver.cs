using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>
/// Resolves pronouns, surnames and definite descriptions to the last fitting full mention seen earlier in one
/// article ("he", "Rudskoy", "the general", "the sources", "it"). One instance per article; not shared.
/// </summary>
internal sealed class ReferenceResolver
{
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["paper"] = ["newspaper", "daily", "paper"],
        ["newspaper"] = ["newspaper", "daily", "paper"],
        ["agency"] = ["agency", "news"],
        ["monitor"] = ["observatory", "monitor", "monitoring"],
        ["group"] = ["group", "observatory", "organization", "organisation", "watchdog"],
        ["ministry"] = ["ministry"],
        ["military"] = ["military", "army", "staff", "ministry", "forces"],
        ["army"] = ["army", "military", "forces"],
    };

    /// <summary>How many earlier mentions a reference may reach back over; keeps resolution linear in the article length.</summary>
    public const int Window = 40;

    private readonly List<(SourceMention Mention, HashSet<string> Words)> _seen = [];

    /// <summary>Records a full mention (a channel, for instance) as a possible antecedent.</summary>
    public void Remember(SourceMention mention) => _seen.Add((mention, Pool(mention)));

    /// <summary>
    /// The mention with its name, kind and role taken from its antecedent when it refers back to one; it becomes a possible
    /// antecedent itself only when <paramref name="remember"/> is set.
    /// </summary>
    public SourceMention Resolve(SourceMention mention, bool remember = true)
    {
        var resolved = Find(mention) is { } antecedent
            ? mention with { Name = antecedent.Name, Kind = antecedent.Kind, Role = antecedent.Role ?? mention.Role, Affiliation = antecedent.Affiliation ?? mention.Affiliation }
            : mention;
        if (remember)
        {
            _seen.Add((resolved, Pool(resolved)));
        }

        return resolved;
    }

    private SourceMention? Find(SourceMention mention)
    {
        var name = mention.Name;
        var lower = name.ToLowerInvariant();
        switch (lower)
        {
            // A possessive pronoun ("her own account", "his claim that") refers back as its personal pronoun does.
            case "he" or "she" or "his" or "her":
                return Last(m => m.Kind == SourceKind.Person && !IsPronoun(m.Name));
            case "they" or "their":
                return Last(m => !IsPronoun(m.Name) && m.Kind != SourceKind.Person && IsPlural(m.Name)) ?? Last(m => !IsPronoun(m.Name) && m.Kind != SourceKind.Person);
            case "it" or "its":
                return Last(m => !IsPronoun(m.Name) && m.Kind != SourceKind.Person && m.Kind != SourceKind.Anonymous && !IsPlural(m.Name));
            case "i" or "we" or "you":
                return null;
        }

        var words = Words(name);
        if (words.Count == 0)
        {
            return null;
        }

        var surface = mention.Surface ?? name;
        var definite = surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || surface.StartsWith("this ", StringComparison.OrdinalIgnoreCase);

        // A surname or short form of an earlier name ("Rudskoy", "Krutikov", "the Observatory", "the General Staff").
        if (mention.Kind == SourceKind.Person && words.Count <= 2 || definite || mention.Kind is SourceKind.Official or SourceKind.Monitor or SourceKind.Outlet or SourceKind.Organization)
        {
            var match = Last((m, pool) => !IsPronoun(m.Name) && Covers(pool, words) && (words.Count < Words(m.Name).Count || definite || m.Kind == SourceKind.Person));
            if (match is not null)
            {
                return match;
            }
        }

        // "the general", "the Russian diplomat": a role noun refers to the last person named.
        if (definite && Lexicon.PersonRoleNouns.Contains(words[^1]))
        {
            return Last(m => m.Kind == SourceKind.Person && !IsPronoun(m.Name));
        }

        return null;
    }

    private SourceMention? Last(Func<SourceMention, bool> predicate) => Last((m, _) => predicate(m));

    private SourceMention? Last(Func<SourceMention, HashSet<string>, bool> predicate)
    {
        for (var i = _seen.Count - 1; i >= 0 && i >= _seen.Count - Window; i--)
        {
            if (predicate(_seen[i].Mention, _seen[i].Words))
            {
                return _seen[i].Mention;
            }
        }

        return null;
    }

    /// <summary>The words of an earlier mention's surface, name and role, for matching short forms against it.</summary>
    private static HashSet<string> Pool(SourceMention earlier)
    {
        var pool = new HashSet<string>(Words(earlier.Surface ?? earlier.Name), StringComparer.OrdinalIgnoreCase);
        pool.UnionWith(Words(earlier.Name));
        if (earlier.Role is { } role)
        {
            pool.UnionWith(Words(role));
        }

        return pool;
    }

    /// <summary>True when every word of the short form appears in the earlier mention's surface, role or name.</summary>
    private static bool Covers(HashSet<string> pool, List<string> words)
    {
        var any = false;
        foreach (var w in words)
        {
            if (Lexicon.Determiners.Contains(w))
            {
                continue;
            }

            any = true;
            if (!pool.Contains(w) && !(Synonyms.TryGetValue(w, out var alternatives) && alternatives.Any(pool.Contains)))
            {
                return false;
            }
        }

        return any;
    }

    private static List<string> Words(string phrase)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= phrase.Length; i++)
        {
            var inWord = i < phrase.Length && (char.IsLetterOrDigit(phrase[i]) || phrase[i] == '-');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = phrase[start..i].ToLowerInvariant();
                if (word is not ("the" or "a" or "an" or "s" or "of" or "for" or "in" or "and"))
                {
                    words.Add(word);
                }

                start = -1;
            }
        }

        return words;
    }

    private static bool IsPronoun(string name) => Lexicon.Pronouns.Contains(name);

    /// <summary>True for a name of two or more words that is not a pronoun ("Ana Ruiz"), which later short forms can refer to.</summary>
    public static bool IsFullName(string name) => !IsPronoun(name) && Words(name).Count >= 2;

    private static bool IsPlural(string name)
    {
        var words = Words(name);
        if (words.Count == 0)
        {
            return false;
        }

        var head = words[MentionBuilder.HeadIndex(words)];
        return head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && head is not ("news" or "nations" or "forces" or "rights" or "sohr" or "reuters");
    }
}
