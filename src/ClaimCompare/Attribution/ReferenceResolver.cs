using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>
/// Resolves pronouns, surnames and definite descriptions to the last fitting full mention seen earlier in one
/// article ("he", "Rudskoy", "the general", "the sources", "it"). One instance per article; not shared.
/// </summary>
internal sealed class ReferenceResolver
{
    /// <summary>Role <c>attribution.document-determiner</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionDocumentDeterminerWords = Language.Lexicon.Default.Words("attribution.document-determiner");

    /// <summary>Role <c>attribution.name-filler</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionNameFillerWords = Language.Lexicon.Default.Words("attribution.name-filler");

    /// <summary>Role <c>attribution.not-plural-name</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionNotPluralNameWords = Language.Lexicon.Default.Words("attribution.not-plural-name");

    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["paper"] = ["newspaper", "daily", "paper"],
        ["newspaper"] = ["newspaper", "daily", "paper"],
        ["agency"] = ["agency", "news"],
        ["monitor"] = ["observatory", "monitor", "monitoring"],
        ["group"] = ["group", "observatory", "organization", "organisation", "watchdog"],
        ["ministry"] = ["ministry"],
        ["centre"] = ["centre", "center"],
        ["center"] = ["centre", "center"],
        ["office"] = ["office", "bureau"],
        ["military"] = ["military", "army", "staff", "ministry", "forces"],
        ["army"] = ["army", "military", "forces"],
    };

    /// <summary>How many earlier mentions a reference may reach back over; keeps resolution linear in the article length.</summary>
    public const int Window = 40;

    /// <summary>
    /// True for a noun naming the people who speak for a body ("its representatives", "the ministry's officials", "the
    /// council's staff"): a kind of worker, official, spokesperson, member or personnel in its first two WordNet meanings.
    /// Experts and professionals are left out: "the agency's critics" (a kind of expert) do not speak for it, nor do its
    /// residents or patients.
    /// </summary>
    private static bool IsMemberNoun(string word)
    {
        var wordNet = Language.WordNet.Default;
        var lower = word.ToLowerInvariant();
        foreach (var kind in MemberKinds)
        {
            if (wordNet.IsKindOf(lower, kind, Language.WordClass.Noun, maxSense: 2))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> MemberKinds = Language.Lexicon.Default.Words("attribution.member-kind");

    private readonly List<(SourceMention Mention, HashSet<string> Words)> _seen = [];

    /// <summary>Organisations named anywhere in the article so far, speakers or not, for definite descriptions to refer to.</summary>
    private readonly List<(SourceMention Mention, HashSet<string> Words)> _named = [];

    /// <summary>The last issuer of each kind of document ("bulletin", "report"), for "the bulletin said".</summary>
    private readonly Dictionary<string, SourceMention> _documents = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records a full mention (a channel, for instance) as a possible antecedent.</summary>
    public void Remember(SourceMention mention) => _seen.Add((mention, Pool(mention)));

    /// <summary>Records that <paramref name="issuer"/> put out a document ("issued a bulletin"), which "the bulletin" later stands for.</summary>
    public void RememberDocument(string noun, SourceMention issuer) => _documents[noun] = issuer;

    /// <summary>
    /// Records an organisation named in the text but not (yet) as a speaker ("The Syrian Observatory for Human Rights tracks the
    /// war."), so a later "the monitor said" or "its representatives said" can refer to it. Pronouns never reach these.
    /// </summary>
    public void RememberNamed(SourceMention organisation)
    {
        if (_named.Count > 0 && _named[^1].Mention.Name == organisation.Name)
        {
            return;
        }

        _named.Add((organisation, Pool(organisation)));
    }

    /// <summary>
    /// The mention with its name, kind and role taken from its antecedent when it refers back to one; it becomes a possible
    /// antecedent itself only when <paramref name="remember"/> is set.
    /// </summary>
    public SourceMention Resolve(SourceMention mention, bool remember = true)
    {
        var resolved = Issued(mention) is { } issuer
            ? mention with { Name = issuer.Name, Kind = issuer.Kind, Role = mention.Name, Affiliation = issuer.Affiliation }
            : Find(mention) is { } antecedent
            ? mention with { Name = antecedent.Name, Kind = antecedent.Kind, Role = antecedent.Role ?? mention.Role, Affiliation = antecedent.Affiliation ?? mention.Affiliation }
            : Members(mention) is { } body
                ? mention with { Name = body.Name, Kind = body.Kind, Role = MemberRole(mention), Affiliation = body.Name }
                : mention;
        if (resolved.Affiliation is { } affiliation && ResolveName(affiliation) is { } full)
        {
            // "Ministry spokesman Ivan Petrov" after "the Interior Ministry": the affiliation is the body named before.
            resolved = resolved with { Affiliation = full.Name };
        }

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
            case "he" or "his":
                return Agreeing(Gender.Male);
            case "she" or "her":
                return Agreeing(Gender.Female);
            // With no speaker before, "they" is the force or body named last ("Richmond police are searching for a man who they say ...").
            case "they" or "their":
                return Last(m => !IsPronoun(m.Name) && m.Kind != SourceKind.Person && IsPlural(m.Name)) ?? Last(m => !IsPronoun(m.Name) && m.Kind != SourceKind.Person)
                    ?? (_named.Count > 0 && NamedOrganisations.IsForceOfPlace(_named[^1].Mention) ? _named[^1].Mention : null);
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
            // A body ("Dayton police said") never stands for a person whose role merely names it ("Lt. Ann Ruiz of the Dayton police").
            // The candidate's name is split once, and only when the tests before it pass.
            var match = Last((m, pool) =>
            {
                List<string>? names = null;
                return !IsPronoun(m.Name) && Covers(pool, words) && (words.Count < (names ??= Words(m.Name)).Count || definite || m.Kind == SourceKind.Person)
                    && (mention.Kind == SourceKind.Person || m.Kind != SourceKind.Person || definite && Lexicon.PersonRoleNouns.Contains(words[^1]))
                    && (mention.Kind == SourceKind.Person || definite || !NamesTitledPerson(m.Name) || Covers(words, (names ??= Words(m.Name))[^1]));
            });
            if (match is not null)
            {
                return match;
            }

            // "the monitor", "the centre", "the agency": a definite head noun names the organisation named earlier with that head.
            if (definite && mention.Kind != SourceKind.Person && Named(words) is { } named)
            {
                return named;
            }
        }

        // "the general", "the Russian diplomat": a role noun refers to the last person named.
        if (definite && Lexicon.PersonRoleNouns.Contains(words[^1]))
        {
            return Last(m => m.Kind == SourceKind.Person && !IsPronoun(m.Name));
        }

        return null;
    }

    /// <summary>
    /// True when a name is a title followed by a personal name ("Interim Police Chief Ana Ruiz"): a role noun stands before
    /// its last word. A body said to speak ("police say") is the body, never such a person named elsewhere in the article;
    /// a short form that keeps the surname ("Chief Bowers") still reaches the person.
    /// </summary>
    private static bool Covers(List<string> words, string surname) => words.Contains(surname, StringComparer.OrdinalIgnoreCase);

    private static bool NamesTitledPerson(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (Lexicon.PersonRoleNouns.Contains(words[i].ToLowerInvariant()) && char.IsUpper(words[^1][0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last named organisation whose name covers every word of a lower-case description ("monitor", "reconciliation centre").</summary>
    private SourceMention? Named(List<string> words)
    {
        if (words.Count == 0 || words.Count > 3 || !NamedOrganisations.IsOrganisationNoun(words[^1]) && !Synonyms.ContainsKey(words[^1]))
        {
            return null;
        }

        for (var i = _named.Count - 1; i >= 0 && i >= _named.Count - Window; i--)
        {
            if (Covers(_named[i].Words, words) && Words(_named[i].Mention.Name).Count > words.Count)
            {
                return _named[i].Mention;
            }
        }

        return null;
    }

    /// <summary>The issuer of "the bulletin" or "its report" when the article said earlier who put that document out.</summary>
    private SourceMention? Issued(SourceMention mention)
    {
        if (mention.Kind != SourceKind.Document || _documents.Count == 0)
        {
            return null;
        }

        var words = (mention.Surface ?? mention.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && AttributionDocumentDeterminerWords.HasWord(words[0].ToLowerInvariant()) && _documents.TryGetValue(words[1], out var issuer) ? issuer : null;
    }

    /// <summary>The full name of an organisation given in short ("Ministry", "the centre"), when one was named before.</summary>
    private SourceMention? ResolveName(string shortName)
    {
        var words = Words(shortName);
        if (words.Count == 0 || words.Count > 2)
        {
            return null;
        }

        var spoken = Last((m, pool) => m.Kind is not (SourceKind.Person or SourceKind.Anonymous) && !IsPronoun(m.Name) && Covers(pool, words) && Words(m.Name).Count > words.Count);
        return spoken ?? Named(words);
    }

    /// <summary>
    /// The body whose people speak in "its representatives", "the centre's officials", "the ministry's staff": a possessor
    /// (a pronoun or a description of an organisation named before) and a member noun.
    /// </summary>
    private SourceMention? Members(SourceMention mention)
    {
        var surface = mention.Surface ?? mention.Name;
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4)
        {
            return null;
        }

        // The possessor is checked before WordNet is asked about the member noun: most mentions have none.
        var possessor = string.Join(' ', words, 0, words.Length - 1);
        var pronoun = possessor.Equals("its", StringComparison.OrdinalIgnoreCase) || possessor.Equals("their", StringComparison.OrdinalIgnoreCase);
        var stripped = Lexicon.StripPossessive(possessor, out var possessive);
        if (!(pronoun || possessive && stripped.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) || !IsMemberNoun(words[^1]))
        {
            return null;
        }

        if (pronoun)
        {
            return Last(m => !IsPronoun(m.Name) && m.Kind is SourceKind.Official or SourceKind.Monitor or SourceKind.Organization or SourceKind.Outlet)
                ?? (_named.Count > 0 ? _named[^1].Mention : null);
        }

        return ResolveName(stripped);
    }

    private static string MemberRole(SourceMention mention)
    {
        var surface = mention.Surface ?? mention.Name;
        return surface[(surface.LastIndexOf(' ') + 1)..];
    }

    private enum Gender
    {
        Unknown,
        Male,
        Female,
    }

    /// <summary>
    /// The last person "he" or "she" can stand for: one whose gender is unknown or agrees. The person found becomes known as
    /// that gender, so "Okafor said he ..." makes a later "she" look past Okafor.
    /// </summary>
    private SourceMention? Agreeing(Gender gender)
    {
        var found = Last(m => m.Kind == SourceKind.Person && !IsPronoun(m.Name) && GenderOf(m) is var known && (known == Gender.Unknown || known == gender));
        if (found is not null)
        {
            _genders.TryAdd(found.Name, gender);
        }

        return found;
    }

    /// <summary>
    /// A person's gender from the article so far: a pronoun already resolved to them, a title (Mr, Mrs, Ms, Miss), or a role
    /// noun ending in -man or -woman ("spokeswoman", "chairman"); otherwise unknown. No list of first names is kept.
    /// </summary>
    private Gender GenderOf(SourceMention person)
    {
        if (_genders.TryGetValue(person.Name, out var known))
        {
            return known;
        }

        foreach (var phrase in (ReadOnlySpan<string?>)[person.Surface, person.Role])
        {
            foreach (var word in Words(phrase ?? string.Empty))
            {
                var w = word.TrimEnd('.');
                if (w.Equals("Mr", StringComparison.OrdinalIgnoreCase))
                {
                    return Gender.Male;
                }

                if (w.Equals("Mrs", StringComparison.OrdinalIgnoreCase) || w.Equals("Ms", StringComparison.OrdinalIgnoreCase) || w.Equals("Miss", StringComparison.OrdinalIgnoreCase)
                    || w.EndsWith("woman", StringComparison.OrdinalIgnoreCase))
                {
                    return Gender.Female;
                }

                if (w.Length > 4 && w.EndsWith("man", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("human", StringComparison.OrdinalIgnoreCase))
                {
                    return Gender.Male;
                }
            }
        }

        return Gender.Unknown;
    }

    /// <summary>Genders learned from pronouns resolved in this article, by person name.</summary>
    private readonly Dictionary<string, Gender> _genders = new(StringComparer.OrdinalIgnoreCase);

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
                // Lower-cased straight from the phrase: one string per word, not a copy and then its lower-case copy.
                var word = LowerCopy(phrase.AsSpan(start, i - start));
                if (!AttributionNameFillerWords.HasWord(word))
                {
                    words.Add(word);
                }

                start = -1;
            }
        }

        return words;
    }

    private static string LowerCopy(ReadOnlySpan<char> word) =>
        string.Create(word.Length, word, static (target, source) => source.ToLowerInvariant(target));

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
        return head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && !AttributionNotPluralNameWords.HasWord(head);
    }
}
