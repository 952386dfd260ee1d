using System.Collections.Frozen;
using ClaimCompare.Language;
using ClaimCompare.Model;

namespace ClaimCompare.Sources;

/// <summary>
/// The state of one resolution: distinct names ("nodes"), the merges found between them (a union-find
/// with the edge that caused each union, for the report's reasons) and the "possibly same" pairs.
/// Lives for one call; never shared between threads.
/// </summary>
internal sealed partial class ResolutionRun
{
    // The word roles these rules ask for (Language/Data/*.tsv: each role's meaning is written there).
    private static readonly FrozenSet<string> DeterminerArticleWords = Lexicon.Default.Words("determiner.article");
    private static readonly FrozenSet<string> SourceGenericPluralHeadWords = Lexicon.Default.Words("source.generic-plural-head");

    private readonly SourceOptions _options;
    private readonly AliasIndex _aliases;
    private readonly List<Node> _nodes = [];
    private readonly Dictionary<string, int> _nodeByScope = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameKey> _keyCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParsedName> _parseCache = new(StringComparer.Ordinal);
    private readonly List<int> _parent = [];
    private readonly List<List<Edge>> _edges = [];
    private readonly List<(int A, int B, double Confidence)> _possible = [];
    private int _spellingSeq;

    public ResolutionRun(SourceOptions options, AliasIndex aliases)
    {
        _options = options;
        _aliases = aliases;
        AddAliasNodes();
    }

    /// <summary>How a name takes part in matching.</summary>
    internal enum Scope
    {
        /// <summary>A full name, the same wherever it appears.</summary>
        Global,

        /// <summary>An unnamed source: one identity per article and description.</summary>
        Anonymous,

        /// <summary>A generic description ("the monitor") standing for a source of the same article.</summary>
        Descriptor,

        /// <summary>A surname alone ("Rudskoy").</summary>
        Surname,

        /// <summary>A bare head ("the Observatory", "the ministry").</summary>
        BareHead,

        /// <summary>A name from an alias file or a stated alias pair, not seen as a mention.</summary>
        Virtual,
    }

    /// <summary>An accepted merge between two nodes.</summary>
    internal readonly record struct Edge(int To, string Rule, double Confidence);

    /// <summary>One distinct name in one scope.</summary>
    internal sealed class Node(int index, NameKey key, SourceKind kind, Scope scope, string article, int firstSeen)
    {
        public int Index { get; } = index;

        public NameKey Key { get; } = key;

        public SourceKind Kind { get; } = kind;

        public Scope Scope { get; } = scope;

        public string Article { get; } = article;

        public int FirstSeen { get; } = firstSeen;

        public bool IsPerson => Kind == SourceKind.Person;

        public int Entry { get; init; } = -1;

        public string? VirtualRule { get; init; }

        public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);

        public List<(string Text, int Seq)> Spellings { get; } = [];

        public List<string> Roles { get; } = [];

        public List<int> Affiliations { get; } = [];

        public int Count { get; set; }
    }

    /// <summary>Adds one mention and returns its node.</summary>
    public int Add(string article, SourceMention mention)
    {
        var name = mention.Name ?? string.Empty;
        var role = mention.Role;
        var affiliation = mention.Affiliation;
        var kind = mention.Kind;
        if (kind != SourceKind.Person && kind != SourceKind.Anonymous && StartsWithHonorific(name))
        {
            kind = SourceKind.Person; // "Mr de Mistura" is a person whatever the finder called it
        }

        if (kind == SourceKind.Person)
        {
            // Defensive: the attribution finder may leave titles on the name.
            var parsed = ParseCached(name);
            name = parsed.Name;
            role ??= parsed.Role;
            affiliation ??= parsed.Affiliation;
            if (role is null && mention.Surface is { Length: > 0 } surface)
            {
                var fromSurface = ParseCached(surface);
                role = fromSurface.Role;
                affiliation ??= fromSurface.Affiliation;
            }
        }

        var key = KeyOf(name);
        var (scope, scopeKey) = ScopeOf(article, kind, key);
        if (!_nodeByScope.TryGetValue(scopeKey, out var index))
        {
            index = NewNode(new Node(_nodes.Count, key, kind, scope, article, _nodes.Count));
            _nodeByScope[scopeKey] = index;
        }

        var node = _nodes[index];
        node.Count++;
        node.Articles.Add(article);

        AddSpelling(node, name.Trim());
        AddSpelling(node, mention.Name?.Trim());
        if (SharesAWord(mention.Surface, key))
        {
            AddSpelling(node, mention.Surface?.Trim()); // not "he" or "the general" standing for the name
        }
        if (!string.IsNullOrWhiteSpace(role) && !node.Roles.Contains(role.Trim()))
        {
            node.Roles.Add(role.Trim());
        }

        if (!string.IsNullOrWhiteSpace(affiliation) && NameText.Normalize(affiliation) != key.Normalized)
        {
            var parent = Add(article, new SourceMention(affiliation, mention.Span, SourceKind.Official) { Surface = affiliation });
            if (parent != index && !node.Affiliations.Contains(parent))
            {
                node.Affiliations.Add(parent);
            }
        }

        return index;
    }

    /// <summary>Adds a pair of names an article states are one source.</summary>
    public void AddStated(StatedAlias pair)
    {
        var rule = $"stated in text ({pair.Cue}): {pair.Name} = {pair.Alias}";
        var a = NewNode(new Node(_nodes.Count, KeyOf(pair.Name), SourceKind.Organization, Scope.Virtual, string.Empty, int.MaxValue) { VirtualRule = rule });
        var b = NewNode(new Node(_nodes.Count, KeyOf(pair.Alias), SourceKind.Organization, Scope.Virtual, string.Empty, int.MaxValue) { VirtualRule = rule });
        Union(a, b, rule, Confidences.Stated);
    }

    private void AddAliasNodes()
    {
        var firstOfEntry = new Dictionary<int, int>();
        foreach (var (entry, key) in _aliases.Names)
        {
            var e = _aliases.Entries[entry];
            var label = e.Origin == "shipped" ? $"alias file: {e.Name}" : $"alias file {e.Origin}: {e.Name}";
            var index = NewNode(new Node(_nodes.Count, key, e.Kind ?? SourceKind.Organization, Scope.Virtual, string.Empty, int.MaxValue)
            {
                Entry = entry,
                VirtualRule = label,
            });
            if (firstOfEntry.TryGetValue(entry, out var first))
            {
                Union(first, index, label, Confidences.AliasFile);
            }
            else
            {
                firstOfEntry[entry] = index;
            }
        }
    }

    private int NewNode(Node node)
    {
        _nodes.Add(node);
        _parent.Add(node.Index);
        _edges.Add([]);
        return node.Index;
    }

    private void AddSpelling(Node node, string? text)
    {
        if (!string.IsNullOrEmpty(text) && !node.Spellings.Exists(s => s.Text == text))
        {
            node.Spellings.Add((text, _spellingSeq++));
        }
    }

    // The same spellings recur across thousands of articles: parse and key each once per run.
    private ParsedName ParseCached(string text)
    {
        if (!_parseCache.TryGetValue(text, out var parsed))
        {
            parsed = TitleParser.Parse(text);
            _parseCache[text] = parsed;
        }

        return parsed;
    }

    private NameKey KeyOf(string name)
    {
        if (!_keyCache.TryGetValue(name, out var key))
        {
            key = NameKey.Of(name);
            _keyCache[name] = key;
        }

        return key;
    }

    private (Scope Scope, string Key) ScopeOf(string article, SourceKind kind, NameKey key)
    {
        var cls = kind == SourceKind.Person ? "P" : "O";
        // A person without a capitalised word ("the spokesman", "a commander") is described, not named.
        var unnamed = IsUnnamed(key.Name) || (key.Words.Length == 1 && Pronouns.Contains(key.Words[0]));
        if (kind == SourceKind.Anonymous || key.Normalized.Length == 0 || LooksAnonymous(kind, key) || (kind == SourceKind.Person && unnamed))
        {
            return (Scope.Anonymous, $"anon|{article}|{key.Normalized}");
        }

        if (kind != SourceKind.Person && _aliases.Descriptors.ContainsKey(key.Normalized))
        {
            return (Scope.Descriptor, $"desc|{article}|{key.Normalized}");
        }

        if (kind == SourceKind.Person && key.Content.Length == 1)
        {
            return (Scope.Surname, $"sur|{article}|{key.Normalized}");
        }

        // Bare heads ("the ministry") and descriptions in lower case ("state media", "government forces")
        // name no particular body: proper names are capitalised.
        if (kind != SourceKind.Person && !key.IsAcronym && (unnamed || key.Content.All(NameWords.BodyHeads.Contains)))
        {
            return (Scope.BareHead, $"bare|{article}|{key.Normalized}");
        }

        return (Scope.Global, $"{cls}|{key.Normalized}");
    }

    /// <summary>Personal honorifics that only stand before a person's name.</summary>
    private static readonly HashSet<string> Honorifics = new(Lexicon.Default.Words("honorific"), StringComparer.Ordinal);

    /// <summary>Pronouns an attribution may carry when it was not resolved to a name.</summary>
    private static readonly HashSet<string> Pronouns = new(Lexicon.Default.Words("pronoun.unresolved-source"), StringComparer.Ordinal);

    private static bool StartsWithHonorific(string name)
    {
        var words = NameText.Words(name);
        return words.Count > 1 && Honorifics.Contains(words[0]);
    }

    private static bool SharesAWord(string? surface, NameKey key)
    {
        if (string.IsNullOrWhiteSpace(surface))
        {
            return false;
        }

        var words = NameText.Words(surface);
        return key.Words.Any(w => words.Contains(w));
    }

    // No capital letter after an optional leading article ("The spokesman", "state media").
    private static bool IsUnnamed(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length > 1 && DeterminerArticleWords.HasWord(words[0].ToLowerInvariant()) ? 1 : 0;
        return !words.Skip(start).Any(w => w.Any(char.IsUpper));
    }

    // Unnamed sources the finder did not mark as such: generic plural words in lower case, the first letter
    // aside for a sentence start ("sources", "Activists", "local residents").
    private static bool LooksAnonymous(SourceKind kind, NameKey key) =>
        kind != SourceKind.Person && key.Name.Trim().Skip(1).All(c => !char.IsUpper(c)) && key.Words.Length > 0 &&
        SourceGenericPluralHeadWords.HasWord(key.Words[^1]);

    private int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    /// <summary>Merges two nodes when the confidence reaches the bar; otherwise notes them as possibly the same.</summary>
    private void Union(int a, int b, string rule, double confidence)
    {
        if (a == b)
        {
            return;
        }

        if (confidence < _options.MergeThreshold)
        {
            if (confidence >= _options.PossiblySameThreshold)
            {
                _possible.Add((a, b, confidence));
            }

            return;
        }

        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return;
        }

        // The older root stays root so results do not depend on the order rules run in.
        if (rb < ra)
        {
            (ra, rb) = (rb, ra);
        }

        _parent[rb] = ra;
        _edges[a].Add(new Edge(b, rule, confidence));
        _edges[b].Add(new Edge(a, rule, confidence));
    }
}
