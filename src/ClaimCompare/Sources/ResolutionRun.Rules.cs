using ClaimCompare.Model;

namespace ClaimCompare.Sources;

/// <summary>The merge rules, run in order: keys, then context rules, then fuzzy similarity.</summary>
internal sealed partial class ResolutionRun
{
    private const string SameName = "same name after normalisation";

    /// <summary>Runs every rule.</summary>
    public void Link()
    {
        LinkByKeys();
        LinkDescribedNames();
        var byArticle = GlobalNodesByArticle();
        LinkSurnames();
        LinkAcronyms();
        LinkShortForms();
        LinkDescriptors(byArticle);
        LinkFuzzy();
    }

    private bool Matchable(Node n) => n.Scope is Scope.Global or Scope.Virtual;

    private string RuleFor(Node a, Node b, string rule) =>
        a.Scope == Scope.Virtual ? a.VirtualRule! : b.Scope == Scope.Virtual ? b.VirtualRule! : rule;

    private static double ConfidenceFor(Node a, Node b, double confidence)
    {
        if (a.Scope != Scope.Virtual && b.Scope != Scope.Virtual)
        {
            return confidence;
        }

        return a.Entry >= 0 || b.Entry >= 0 ? Confidences.AliasFile : Confidences.Stated;
    }

    // Exact keys: the same normalized name, the same words in any order and spelling, the same sound key.
    // Each key is a dictionary lookup, so this is linear in the number of names.
    private void LinkByKeys()
    {
        var normalized = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var phonetic = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstLast = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var n in _nodes)
        {
            if (!Matchable(n))
            {
                continue;
            }

            var cls = n.IsPerson ? "P|" : "O|";
            Link(normalized, cls + n.Key.Normalized, n, SameName, 1.0);
            if (n.Key.IsAcronym)
            {
                continue;
            }

            Link(words, cls + n.Key.WordSet, n, "same words in another order or spelling", Confidences.SameWords);
            if (n.Key.PhoneticSet.Length >= 4)
            {
                // Countries are part of the key: a vowel is all that tells some of them apart.
                Link(phonetic, cls + string.Join(',', n.Key.Countries) + "|" + n.Key.PhoneticSet, n, "transliteration key", Confidences.Transliteration);
            }

            if (n.IsPerson && n.Key.Content.Length >= 2)
            {
                var k = n.Key.Phonetic[0] + "|" + n.Key.Phonetic[^1];
                if (!firstLast.TryGetValue(k, out var list))
                {
                    firstLast[k] = list = [];
                }

                foreach (var other in list)
                {
                    if (MiddleNamesAgree(_nodes[other].Key, n.Key))
                    {
                        Union(other, n.Index, RuleFor(_nodes[other], n, "transliteration key (first and last name)"), ConfidenceFor(_nodes[other], n, Confidences.FirstAndLast));
                        break;
                    }
                }

                list.Add(n.Index);
            }
        }
    }

    private void Link(Dictionary<string, int> index, string key, Node n, string rule, double confidence)
    {
        if (index.TryGetValue(key, out var other))
        {
            Union(other, n.Index, RuleFor(_nodes[other], n, rule), ConfidenceFor(_nodes[other], n, confidence));
        }
        else
        {
            index[key] = n.Index;
        }
    }

    // "Syria's state news agency SANA", "Sana news agency", "al-Watan daily": the name inside a description
    // (a phrase from the alias file's descriptors, after any leading country) is the source.
    private void LinkDescribedNames()
    {
        if (_aliases.Descriptors.Count == 0)
        {
            return;
        }

        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var n in _nodes)
        {
            if (Matchable(n) && !n.IsPerson)
            {
                byName.TryAdd(n.Key.Normalized, n.Index);
            }
        }

        var phrases = _aliases.Descriptors.Keys.Select(k => k.Split(' ')).OrderByDescending(p => p.Length).ToList();
        foreach (var n in _nodes)
        {
            if (n.Scope is not (Scope.Global or Scope.BareHead) || n.IsPerson)
            {
                continue;
            }

            var words = n.Key.Words.SkipWhile(w => NameWords.Country.ContainsKey(w)).ToList();
            foreach (var phrase in phrases)
            {
                if (words.Count <= phrase.Length)
                {
                    continue;
                }

                string? core = null;
                if (words.Take(phrase.Length).SequenceEqual(phrase, StringComparer.Ordinal))
                {
                    core = string.Join(' ', words.Skip(phrase.Length));
                }
                else if (words.Skip(words.Count - phrase.Length).SequenceEqual(phrase, StringComparer.Ordinal))
                {
                    core = string.Join(' ', words.Take(words.Count - phrase.Length));
                }

                if (core is not null && byName.TryGetValue(core, out var target) && Find(target) != Find(n.Index))
                {
                    Union(target, n.Index, $"name with a description (\"{string.Join(' ', phrase)}\")", Confidences.DescribedName);
                    break;
                }
            }
        }
    }

    // "Abdullah Muhammad al-Muhaysini" and "Abdullah al-Moheisini": a middle name present on one side only is fine.
    private static bool MiddleNamesAgree(NameKey a, NameKey b)
    {
        var ma = a.Phonetic.Skip(1).Take(a.Phonetic.Length - 2).ToList();
        var mb = b.Phonetic.Skip(1).Take(b.Phonetic.Length - 2).ToList();
        return ma.Count == 0 || mb.Count == 0 || ma.SequenceEqual(mb, StringComparer.Ordinal);
    }

    private Dictionary<string, List<int>> GlobalNodesByArticle()
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var n in _nodes)
        {
            if (n.Scope != Scope.Global)
            {
                continue;
            }

            foreach (var a in n.Articles)
            {
                if (!map.TryGetValue(a, out var list))
                {
                    map[a] = list = [];
                }

                list.Add(n.Index);
            }
        }

        return map;
    }

    private IEnumerable<int> InArticle(Dictionary<string, List<int>> byArticle, string article) =>
        byArticle.TryGetValue(article, out var list) ? list : [];

    private List<int> DistinctRoots(IEnumerable<int> nodes)
    {
        var roots = new List<int>();
        foreach (var n in nodes)
        {
            var r = Find(n);
            if (!roots.Contains(r))
            {
                roots.Add(r);
            }
        }

        return roots;
    }

    // Joins a context-resolved node: to the one candidate in its articles, else the one candidate anywhere,
    // else notes every candidate as possibly the same.
    private void Resolve(Node n, List<int> inArticle, List<int> anywhere, string inArticleRule, double inArticleConfidence, string uniqueRule, double uniqueConfidence)
    {
        var local = DistinctRoots(inArticle);
        if (local.Count == 1)
        {
            Union(inArticle.First(c => Find(c) == local[0]), n.Index, inArticleRule, inArticleConfidence);
            return;
        }

        var roots = local.Count > 1 ? local : DistinctRoots(anywhere);
        if (roots.Count == 1)
        {
            Union(anywhere.First(c => Find(c) == roots[0]), n.Index, uniqueRule, uniqueConfidence);
            return;
        }

        foreach (var r in roots)
        {
            Union(r, n.Index, "fits several sources", Confidences.Ambiguous);
        }
    }

    private void LinkSurnames()
    {
        var fullBySurname = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var n in _nodes)
        {
            if (Matchable(n) && n.IsPerson && n.Key.Content.Length >= 2)
            {
                var k = n.Key.Phonetic[^1];
                if (!fullBySurname.TryGetValue(k, out var list))
                {
                    fullBySurname[k] = list = [];
                }

                list.Add(n.Index);
            }
        }

        var lonely = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var n in _nodes.Where(n => n.Scope == Scope.Surname).ToList())
        {
            var k = n.Key.Phonetic.Length > 0 ? n.Key.Phonetic[0] : n.Key.Normalized;
            var all = fullBySurname.TryGetValue(k, out var list) ? list : [];
            if (all.Count == 0)
            {
                if (lonely.TryGetValue(k, out var first))
                {
                    Union(first, n.Index, "same surname, no full name", Confidences.SameSurname);
                }
                else
                {
                    lonely[k] = n.Index;
                }

                continue;
            }

            var local = all.Where(c => _nodes[c].Articles.Contains(n.Article)).ToList();
            Resolve(n, local, all, "surname of the only full name with it in the article", Confidences.SurnameInArticle,
                "surname of the only full name with it", Confidences.SurnameUnique);
        }
    }

    private void LinkAcronyms()
    {
        var byAcronym = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var n in _nodes)
        {
            if (n.Scope == Scope.Global && !n.IsPerson && !n.Key.IsAcronym)
            {
                foreach (var a in n.Key.Acronyms)
                {
                    if (!byAcronym.TryGetValue(a, out var list))
                    {
                        byAcronym[a] = list = [];
                    }

                    list.Add(n.Index);
                }
            }
        }

        foreach (var n in _nodes.Where(n => n.Scope == Scope.Global && n.Key.IsAcronym && !n.IsPerson).ToList())
        {
            var letters = n.Key.Normalized.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (!byAcronym.TryGetValue(letters, out var all))
            {
                continue;
            }

            var local = all.Where(c => _nodes[c].Articles.Overlaps(n.Articles)).ToList();
            Resolve(n, local, all, "acronym of a name in the same article", Confidences.AcronymInArticle,
                "acronym of the only name with these initials", Confidences.AcronymUnique);
        }
    }

    // "the Observatory", "General Staff", "Ministry of Defence": every word of the short form is in the
    // longer name, including the longer name's head, and the short form names no country of its own.
    private void LinkShortForms()
    {
        var byHead = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var n in _nodes)
        {
            if (n.Scope == Scope.Global && !n.IsPerson && !n.Key.IsAcronym && n.Key.Head is { } h)
            {
                // The key's head is already in one spelling ("defense" and "defence" alike).
                if (!byHead.TryGetValue(h, out var list))
                {
                    byHead[h] = list = [];
                }

                list.Add(n.Index);
            }
        }

        foreach (var n in _nodes.ToList())
        {
            if (n.IsPerson || n.Key.IsAcronym || !n.Key.Countries.IsEmpty || n.Key.Content.Length == 0 || n.Key.Content.Length > 3
                || n.Scope is not (Scope.Global or Scope.BareHead))
            {
                continue;
            }

            var content = n.Key.Content;
            var candidates = new List<int>();
            foreach (var word in content.Distinct())
            {
                if (byHead.TryGetValue(word, out var list))
                {
                    candidates.AddRange(list.Where(c => c != n.Index && IsLongerForm(_nodes[c].Key, content)));
                }
            }

            if (candidates.Count == 0 || DistinctRoots(candidates).Contains(Find(n.Index)))
            {
                continue;
            }

            var local = candidates.Where(c => n.Scope == Scope.BareHead ? _nodes[c].Articles.Contains(n.Article) : _nodes[c].Articles.Overlaps(n.Articles)).ToList();
            Resolve(n, local, candidates, "short form of a name in the same article", Confidences.ShortFormInArticle,
                "short form of the only longer name", Confidences.ShortFormElsewhere);
        }
    }

    private static bool IsLongerForm(NameKey longer, System.Collections.Immutable.ImmutableArray<string> shortContent) =>
        longer.Content.Length > shortContent.Length && shortContent.All(longer.Content.Contains);

    private void LinkDescriptors(Dictionary<string, List<int>> byArticle)
    {
        var descriptors = _nodes.Where(n => n.Scope == Scope.Descriptor).ToList();
        if (descriptors.Count == 0)
        {
            return;
        }

        // The kind an alias-file entry gives a cluster wins over the kind the mentions carry.
        var entryKind = new Dictionary<int, (int Entry, SourceKind Kind)>();
        foreach (var n in _nodes)
        {
            if (n.Entry >= 0 && _aliases.Entries[n.Entry].Kind is { } k)
            {
                var root = Find(n.Index);
                if (!entryKind.TryGetValue(root, out var known) || n.Entry < known.Entry)
                {
                    entryKind[root] = (n.Entry, k);
                }
            }
        }

        SourceKind KindOf(int node) => entryKind.TryGetValue(Find(node), out var e) ? e.Kind : _nodes[node].Kind;

        foreach (var n in descriptors)
        {
            var d = _aliases.Descriptors[n.Key.Normalized];
            var local = InArticle(byArticle, n.Article).Where(c => KindOf(c) == d.Kind).ToList();
            if (DistinctRoots(local).Count == 1)
            {
                Union(local[0], n.Index, $"description \"{d.Phrase}\" of the only {d.Kind.ToString().ToLowerInvariant()} in the article", Confidences.Descriptor);
            }
        }
    }
}
