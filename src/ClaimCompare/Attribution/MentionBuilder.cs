using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Attribution;

/// <summary>
/// Turns the words of a source phrase into a <see cref="SourceMention"/>: the name without titles,
/// the role and the organisation it names, and the kind of source.
/// </summary>
internal static class MentionBuilder
{
    /// <summary>Role <c>attribution.head-end</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionHeadEndWords = Language.Lexicon.Default.Words("attribution.head-end");

    /// <summary>Role <c>attribution.nationality-word</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> AttributionNationalityWordWords = Language.Lexicon.Default.Words("attribution.nationality-word");

    /// <summary>Role <c>title.domain-preposition</c> (Language/Data).</summary>
    private static readonly FrozenSet<string> TitleDomainPrepositionWords = Language.Lexicon.Default.Words("title.domain-preposition");

    /// <summary>Builds the mention for tokens <c>[from, to)</c>; null when the phrase holds no word.</summary>
    public static SourceMention? Build(string text, IReadOnlyList<Token> tokens, int from, int to)
    {
        // "the head of Norway's Coast Guard, Ingrid Dahl": build each comma-separated part and prefer the person.
        var comma = -1;
        for (var i = from + 1; i < to - 1; i++)
        {
            if (tokens[i].Kind == TokenKind.Comma)
            {
                comma = i;
                break;
            }
        }

        if (comma > 0)
        {
            var head = BuildPart(text, tokens, from, comma);
            var restEnd = to;
            for (var i = comma + 1; i < to; i++)
            {
                if (tokens[i].Kind == TokenKind.Comma)
                {
                    restEnd = i;
                    break;
                }
            }

            var apposition = BuildPart(text, tokens, comma + 1, restEnd);
            var span = new TextSpan(tokens[from].Start, tokens[to - 1].End);
            var surface = span.Slice(text);
            if (head is not null && apposition is not null && head.Kind != SourceKind.Person && apposition.Kind == SourceKind.Person && !Lexicon.Pronouns.Contains(apposition.Name))
            {
                var role = head.Name;
                return apposition with { Span = span, Surface = surface, Role = apposition.Role ?? role, Affiliation = apposition.Affiliation ?? AffiliationOf(role) };
            }

            if (head is not null)
            {
                // "Maria Lopez, a spokeswoman for the Health Ministry": the person speaks for the body her role names.
                var appositionRole = head.Kind == SourceKind.Person ? apposition?.Name : null;
                return head with
                {
                    Span = span,
                    Surface = surface,
                    Role = head.Role ?? (head.Kind == SourceKind.Person ? apposition?.Name : head.Role),
                    Affiliation = head.Affiliation ?? (appositionRole is not null && apposition!.Kind != SourceKind.Person ? AffiliationOf(appositionRole) : null),
                };
            }
        }

        return BuildPart(text, tokens, from, to);
    }

    /// <summary>The organisation named in a role phrase ("head of Norway's Coast Guard" gives "Norway's Coast Guard").</summary>
    private static string? AffiliationOf(string role)
    {
        // "who heads the Syrian Observatory", "who runs the agency": a relative clause of leading names the body led.
        foreach (var verb in new[] { "who heads ", "who leads ", "who runs ", "who directs ", "who chairs " })
        {
            if (role.StartsWith(verb, StringComparison.OrdinalIgnoreCase))
            {
                var led = role[verb.Length..];
                return led.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? led[4..] : led;
            }
        }


        foreach (var preposition in new[] { " of ", " in ", " for ", " at " })
        {
            var k = role.LastIndexOf(preposition, StringComparison.Ordinal);
            if (k >= 0)
            {
                var org = role[(k + preposition.Length)..];
                return org.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? org[4..] : org;
            }
        }

        return null;
    }

    private static SourceMention? BuildPart(string text, IReadOnlyList<Token> tokens, int from, int to)
    {
        // Leave out a parenthetical ("(SOHR)") and trailing punctuation from the name, but keep them in the surface.
        var words = new List<Token>(to - from);
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.OpenParen)
            {
                depth++;
            }
            else if (t.Kind == TokenKind.CloseParen)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && t.Kind is TokenKind.Word or TokenKind.Number)
            {
                words.Add(t);
            }
        }

        // Leading determiners and "so-called" are not part of a name (counted, then cut at once).
        var leading = 0;
        while (words.Count - leading > 1 && (Lexicon.Determiners.Contains(words[leading].Text) || words[leading].Text.Equals("so-called", StringComparison.OrdinalIgnoreCase)))
        {
            leading++;
        }

        words.RemoveRange(0, leading);

        if (words.Count == 0)
        {
            return null;
        }

        var span = new TextSpan(tokens[from].Start, tokens[to - 1].End);
        var surface = span.Slice(text);
        var lowerWords = new List<string>(words.Count);
        foreach (var w in words)
        {
            lowerWords.Add(Lexicon.StripPossessive(w.Lower, out _));
        }

        if (words.Count == 1 && Lexicon.Pronouns.Contains(words[0].Text))
        {
            return new SourceMention(words[0].Text, span, SourceKind.Person) { Surface = surface };
        }

        if (TryPerson(words, out var nameStart))
        {
            var name = Join(text, words, nameStart, words.Count);
            string? role = null;
            string? affiliation = null;
            if (nameStart > 0)
            {
                var roleEnd = nameStart;
                var titleStart = roleEnd;
                while (titleStart > 0 && IsTitle(words[titleStart - 1]))
                {
                    titleStart--;
                }

                // "Head of logistics in the Army Staff General Tomas Berg": the role phrase wins over a bare rank.
                var bareRank = titleStart > 0 && Enumerable.Range(titleStart, roleEnd - titleStart).All(k => Ranks.Contains(words[k].Text));
                var roleTokens = bareRank ? (0, titleStart) : (0, roleEnd);
                role = Join(text, words, roleTokens.Item1, roleTokens.Item2).TrimEnd(',', ' ');
                affiliation = Affiliation(text, words, 0, roleEnd);
            }

            return new SourceMention(name, span, SourceKind.Person, role) { Affiliation = affiliation, Surface = surface };
        }

        var kind = KindOf(words, lowerWords);
        var full = Join(text, words, 0, words.Count);
        string? anonymousAffiliation = null;
        string? anonymousRole = null;
        if (kind == SourceKind.Anonymous)
        {
            // "sources close to the Operation Room", "a spokesperson for Nour al-Din al-Zinki": keep the organisation.
            for (var i = 0; i < words.Count - 1; i++)
            {
                if (Lexicon.InnerPrepositions.Contains(words[i].Text) || words[i].Text.Equals("close", StringComparison.OrdinalIgnoreCase))
                {
                    var start = i + 1;
                    while (start < words.Count && (Lexicon.Determiners.Contains(words[start].Text) || Lexicon.InnerPrepositions.Contains(words[start].Text)))
                    {
                        start++;
                    }

                    if (start < words.Count && words[start].IsCapitalized)
                    {
                        anonymousAffiliation = Join(text, words, start, words.Count);
                        anonymousRole = Join(text, words, 0, i);
                        break;
                    }
                }
            }
        }

        return new SourceMention(full, span, kind, anonymousRole) { Affiliation = anonymousAffiliation, Surface = surface };
    }

    /// <summary>Words that make any phrase holding them an outlet ("China Radio International", "state TV channel").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> BroadcastWords = Language.Lexicon.Default.WordsIgnoringCase("source.broadcast");

    /// <summary>The kind of a phrase that is not a personal name.</summary>
    public static SourceKind KindOf(IReadOnlyList<Token> words, IReadOnlyList<string> lower)
    {
        var head = lower[HeadIndex(lower)];
        var capitalized = words.Any(w => w.IsCapitalized && !IsSentenceCase(w, words));
        if (Lexicon.DocumentWords.Contains(head) && !lower.Any(Lexicon.OutletNames.Contains))
        {
            return SourceKind.Document;
        }

        if (lower.Any(w => Lexicon.OutletNames.Contains(w) || Lexicon.OutletNames.Contains(TrimArticle(w)) || BroadcastWords.Contains(w)) || Lexicon.OutletWords.Contains(head))
        {
            return SourceKind.Outlet;
        }

        if (lower.Any(Lexicon.MonitorWords.Contains))
        {
            return SourceKind.Monitor;
        }

        if (lower.Any(Lexicon.OfficialWords.Contains) && !Lexicon.AnonymousHeads.Contains(head))
        {
            return SourceKind.Official;
        }

        if (Lexicon.AnonymousHeads.Contains(head))
        {
            return SourceKind.Anonymous;
        }

        return capitalized ? SourceKind.Organization : SourceKind.Anonymous;
    }

    /// <summary>True when the phrase ends in a personal name; <paramref name="nameStart"/> is where the name begins.</summary>
    private static bool TryPerson(List<Token> words, out int nameStart)
    {
        nameStart = words.Count;
        var i = words.Count - 1;
        while (i >= 0 && IsNameWord(words[i]))
        {
            i--;
        }

        // A lower-case particle can sit inside a name ("Staffan de Mistura"), never at its start.
        nameStart = i + 1;
        while (nameStart < words.Count && !words[nameStart].IsCapitalized)
        {
            nameStart++;
        }

        var nameLength = words.Count - nameStart;
        if (nameLength == 0)
        {
            return false;
        }

        // "retired neurosurgeon Ben Carson", "team captain Lia Moss": a lower-case noun naming a kind of person stands as a title
        // before a name of two words (news writing's false title).
        var hasTitle = nameStart > 0 && (IsTitle(words[nameStart - 1]) && !AdjectivalTitles.Contains(words[nameStart - 1].Text)
            || nameLength >= 2 && RoleNoun(words[nameStart - 1]));
        if (nameLength >= 2 || hasTitle)
        {
            // Everything before the name must be a role (titles, or a phrase ending in a title), not part of an organisation name.
            return nameStart == 0 || hasTitle;
        }

        // A single capitalised word alone: a surname ("Rudskoy") unless it names an outlet or body.
        return words.Count == 1 && words[0].Text.Length > 1 && !words[0].Text.All(char.IsUpper);
    }

    /// <summary>Title words that qualify another title and cannot by themselves make the next word a surname ("Presidential Debates").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> AdjectivalTitles = Language.Lexicon.Default.WordsIgnoringCase("source.adjectival-title");

    /// <summary>Military ranks and honorifics: dropped from a role when a role phrase stands before them.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Ranks = Language.Lexicon.Default.WordsIgnoringCase("source.rank");

    private static bool IsNameWord(Token word)
    {
        if (!word.IsWord)
        {
            return false;
        }

        var bare = Lexicon.StripPossessive(word.Text, out _);
        if (Lexicon.NameParticles.Contains(bare))
        {
            return true;
        }

        if (!char.IsUpper(bare[0]) && !StartsWithParticle(bare))
        {
            return false;
        }

        var lower = bare.ToLowerInvariant();
        return !Lexicon.Titles.Contains(lower) && !Lexicon.OrganizationWords.Contains(lower) && !Lexicon.OrganizationWords.Contains(TrimArticle(lower))
            && !Lexicon.Pronouns.Contains(lower) && !Lexicon.AnonymousHeads.Contains(lower) && !Lexicon.OutletNames.Contains(lower)
            && !Lexicon.OfficialWords.Contains(lower) && !Lexicon.DocumentWords.Contains(lower) && !IsNationality(lower)
            && !Lexicon.MonitorWords.Contains(lower);
    }

    /// <summary>A lower-case noun whose first meanings are a kind of person ("neurosurgeon", "captain", "activist").</summary>
    private static bool RoleNoun(Token word) =>
        word.IsWord && !word.IsCapitalized && word.Lower.Length > 2
        && Language.WordNet.Default.IsKindOf(word.Lower, PersonKinds.Value, Language.WordClass.Noun, maxSense: 2);

    private static readonly Lazy<Language.KindSet> PersonKinds = new(() => Language.WordNet.Default.KindsOf("person", Language.WordClass.Noun));

    private static bool IsTitle(Token word) => word.IsWord && Lexicon.Titles.Contains(Lexicon.StripPossessive(word.Lower, out _));

    /// <summary>Adjectives of nationality or place end a personal name ("Russian", "Syrian", "British-based").</summary>
    private static bool IsNationality(string lower) =>
        lower.EndsWith("ian", StringComparison.Ordinal) || lower.EndsWith("ese", StringComparison.Ordinal) || lower.EndsWith("ish", StringComparison.Ordinal)
        || lower.EndsWith("-based", StringComparison.Ordinal) || AttributionNationalityWordWords.HasWord(lower);

    private static bool StartsWithParticle(string word) =>
        word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal) || word.StartsWith("ad-", StringComparison.Ordinal);

    private static string TrimArticle(string lower) => StartsWithParticle(lower) ? lower[3..] : lower;

    /// <summary>The organisation a role names: after its last "of/in/for/at", or the capitalised words before the rank.</summary>
    private static string? Affiliation(string text, List<Token> words, int from, int to)
    {
        for (var i = to - 1; i > from; i--)
        {
            if (TitleDomainPrepositionWords.HasWord(words[i].Text))
            {
                var start = i + 1;
                while (start < to && Lexicon.Determiners.Contains(words[start].Text))
                {
                    start++;
                }

                var end = start;
                // A rank inside an organisation's name ("General Staff") stays; a rank after it ("Staff General") ends it.
                while (end < to && (words[end].IsCapitalized || Lexicon.NameParticles.Contains(words[end].Text))
                    && !(end > start && IsTitle(words[end]) && !(end + 1 < to && Lexicon.OrganizationWords.Contains(words[end + 1].Text))))
                {
                    end++;
                }

                return end > start ? Join(text, words, start, end) : null;
            }
        }

        // "Russian Foreign Ministry Spokeswoman": the capitalised words up to the last organisation word.
        var last = -1;
        for (var i = from; i < to; i++)
        {
            if (Lexicon.OrganizationWords.Contains(Lexicon.StripPossessive(words[i].Lower, out _)) && !IsTitle(words[i]))
            {
                last = i;
            }
        }

        if (last < 0)
        {
            return null;
        }

        var first = from;
        while (first < last && Lexicon.Determiners.Contains(words[first].Text))
        {
            first++;
        }

        var org = Join(text, words, first, last + 1);
        return Lexicon.StripPossessive(org, out _);
    }

    /// <summary>Index of the head noun: the last word before a preposition or relative word.</summary>
    public static int HeadIndex(IReadOnlyList<string> lower)
    {
        for (var i = 1; i < lower.Count; i++)
        {
            if (Lexicon.InnerPrepositions.Contains(lower[i]) || AttributionHeadEndWords.HasWord(lower[i]))
            {
                return i - 1;
            }
        }

        return lower.Count - 1;
    }

    private static bool IsSentenceCase(Token word, IReadOnlyList<Token> words) =>
        word.Start == words[0].Start && Lexicon.AnonymousHeads.Contains(word.Lower);

    private static string Join(string text, List<Token> words, int from, int to)
    {
        if (to <= from)
        {
            return string.Empty;
        }

        var raw = text[words[from].Start..words[to - 1].End];
        return Lexicon.StripPossessive(raw, out _);
    }
}
